package quotestance.quotes.sieve;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;

/** The quotation ends its sentence; the next one is only the speaker, the cue and an adjunct. */
class CueNextSentenceSieveTest {
    private final CueNextSentenceSieve sieve = new CueNextSentenceSieve();

    @Test
    void aShortSentenceOfSpeakerAndCue() {
        Sieved s = Sieved.by(sieve, "\"The harvest came early this year.\" Ivo Brandt said in an interview.");
        s.assertQuote(s.only(), "The harvest came early this year.", "said", "Ivo Brandt", AttributionRule.DIRECT_CUE_NEXT_SENTENCE);
    }

    @Test
    void aNextSentenceWithAClauseOfItsOwnIsReportedSpeech() {
        Sieved.by(sieve, "\"The harvest came early this year.\" Ivo Brandt said that prices would fall.").assertNone();
    }
}
