/**
 * The output folder as a store that never loses a user's data: what belongs to the job (a marker, a manifest
 * that points at the current run, one folder per run), an exclusive lock for the length of a run, and a
 * publish that switches one pointer so readers see the old run or the new one, never a mix. Plain Hadoop
 * {@code FileSystem} code, no Spark: the job calls it before and after its Spark work.
 */
package quotestance.output;
