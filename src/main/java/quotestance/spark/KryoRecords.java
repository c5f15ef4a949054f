package quotestance.spark;

import org.apache.spark.serializer.KryoRegistrator;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;

/**
 * Kryo 4 cannot build its field serializer for Java records (it needs field offsets records refuse), so the
 * few records Spark ships between JVMs (file lists, split counts) travel by Java serialization; they are
 * small and rare. The bulk data, result rows, never goes through here: it is Spark's own row format.
 */
public final class KryoRecords implements KryoRegistrator {
    @Override
    public void registerClasses(Kryo kryo) {
        JavaSerializer java = new JavaSerializer();
        kryo.register(InputFile.class, java);
        kryo.register(SplitCount.class, java);
        kryo.register(RawRecord.class, java);
        kryo.register(ColumnMapping.class, java);
        kryo.register(ParquetFooter.class, java);
    }
}
