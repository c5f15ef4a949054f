package quotestance.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Quote;
import quotestance.model.QuoteKind;
import quotestance.model.Speaker;
import quotestance.model.SpeakerType;
import quotestance.pipeline.ArticleAnalyzer;

/** Every attribution pattern the product promises, on sentences written for these tests. */
class AttributionTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    private record Found(Analysis analysis, String text) {
        Quote quote(String contentStartsWith) {
            for (Quote q : analysis.quotes()) {
                if (q.content().of(text).startsWith(contentStartsWith)) return q;
            }
            throw new AssertionError("no quote starting with '" + contentStartsWith + "' in " + describe());
        }

        String content(Quote q) {
            return q.content().of(text);
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (Quote q : analysis.quotes()) {
                sb.append("\n  ").append(q.kind()).append(" [").append(q.content().of(text)).append("] speaker=")
                        .append(q.speaker()).append(" rule=").append(q.attribution());
            }
            return sb.toString();
        }
    }

    private Found analyze(String text) {
        return new Found(analyzer.analyze(Article.of("test-article", text)), text);
    }

    @Test
    void directQuoteWithInvertedCueAndTitles() {
        Found f = analyze("\"We will not retreat from the border,\" said Defense Minister Ali Abdullah Ayyoub on Sunday.");
        Quote q = f.quote("We will not retreat");
        assertEquals("We will not retreat from the border,", f.content(q));
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Ali Abdullah Ayyoub", q.speaker());
        assertEquals(SpeakerType.PERSON, q.speakerType());
        assertEquals("said", q.cue().of(f.text()));
        assertTrue(q.attribution().startsWith("direct:cue-after-inverted"), q.attribution());
    }

    @Test
    void aVariantSpellingLaterResolvesToTheFullName() {
        Found f = analyze("\"Our soldiers are ready,\" said Defense Minister Ali Abdullah Ayyoub.\n\n"
                + "Ayoub said the army would stay in the north until the spring.");
        Quote later = f.quote("the army would stay");
        assertEquals(QuoteKind.INDIRECT, later.kind());
        assertEquals("Ali Abdullah Ayyoub", later.speaker());
        assertEquals("Ayoub", later.speakerMention().of(f.text()));
        assertEquals(f.quote("Our soldiers").speakerId(), later.speakerId());
        Speaker s = f.analysis().speakers().get(0);
        assertEquals(List.of("Ayoub"), s.aliases());
        assertEquals(2, s.quoteCount());
    }

    @Test
    void mixedQuoteWithAMilitaryRankAndALongTitle() {
        Found f = analyze("Chief of Staff of the Armed Forces Maj. Gen. Mohammad Karimi said the pact "
                + "\"strengthens our will to guard the frontier together\" and would end cross-border raids.");
        Quote q = f.quote("the pact");
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("Mohammad Karimi", q.speaker());
        assertTrue(f.content(q).endsWith("would end cross-border raids"), f.content(q));
        Speaker s = f.analysis().speakers().get(0);
        assertTrue(s.titles().get(0).contains("Maj. Gen."), s.titles().toString());
    }

    @Test
    void heAddedGoesToTheLastNamedSpeaker() {
        Found f = analyze("Foreign Minister Tomas Vell said the talks were useful. Interior Minister Karl Brandt said "
                + "the border would reopen next week.\n\nHe added that patrols would double.");
        assertEquals("Karl Brandt", f.quote("that patrols would double").speaker());
        assertEquals("Tomas Vell", f.quote("the talks were useful").speaker());
    }

    @Test
    void anOrganisationSpeaksInAStatement() {
        Found f = analyze("The foreign ministry said in a statement that the sanctions were illegal and would fail.");
        Quote q = f.quote("that the sanctions");
        assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
        assertEquals("The foreign ministry", q.speaker());
        assertEquals("that the sanctions were illegal and would fail", f.content(q));
    }

    @Test
    void colonQuoteAndDashAttribution() {
        Found f = analyze("Lena Okafor, a nurse at the clinic, said: \"We have run out of bandages.\"\n\n"
                + "\"Food must never be a weapon\" \u2013 Okafor.");
        assertEquals("Lena Okafor", f.quote("We have run out").speaker());
        assertEquals("Lena Okafor", f.quote("Food must never").speaker());
        assertEquals("direct:dash-name+name", f.quote("Food must never").attribution());
    }

    @Test
    void aSplitQuoteIsTwoQuotesOfOneSpeaker() {
        Found f = analyze("\u201CWe came to talk,\u201D she said, \u201Cbut nobody came to listen.\u201D");
        Quote first = f.quote("We came to talk");
        Quote second = f.quote("but nobody came");
        assertEquals(QuoteKind.DIRECT, second.kind());
        assertNull(first.speaker()); // no name anywhere: a pronoun alone resolves to no one
        Found named = analyze("Mayor Ines Quaresma arrived late. \u201CWe came to talk,\u201D she said, \u201Cbut nobody came to listen.\u201D");
        assertEquals("Ines Quaresma", named.quote("We came to talk").speaker());
        assertEquals("Ines Quaresma", named.quote("but nobody came").speaker());
    }

    @Test
    void aQuotationOverSeveralParagraphsKeepsItsSpeaker() {
        Found f = analyze("Opposition leader Farida Nasser addressed the crowd.\n\n"
                + "\u201CThey can close our offices. They cannot close our minds.\n\n"
                + "\u201CHistory will remember who stood with the people,\u201D Nasser said.");
        Quote open = f.quote("They can close our offices");
        assertEquals("They can close our offices. They cannot close our minds.", f.content(open));
        assertEquals("Farida Nasser", open.speaker());
        assertEquals("Farida Nasser", f.quote("History will remember").speaker());
    }

    @Test
    void aFloatingQuoteContinuesThePreviousSpeaker() {
        Found f = analyze("\u201CThe convoy is a relief,\u201D said Hugh Hill, a doctor at the town's clinic.\n\n"
                + "\u201CBut we need a corridor that stays open for good.\u201D");
        Quote floating = f.quote("But we need a corridor");
        assertNull(floating.cue());
        assertEquals("Hugh Hill", floating.speaker());
        assertTrue(floating.attribution().contains("previous-speaker"), floating.attribution());
    }

    @Test
    void accordingToAndToldReutersThat() {
        Found f = analyze("According to the World Food Programme, three convoys reached the town this week.\n\n"
                + "Poland's defence minister, Tomasz Wierzbicki, told Reuters that Warsaw would host a repair hub.");
        Quote acc = f.quote("three convoys");
        assertEquals("according to", acc.cue().of(f.text()).toLowerCase());
        assertEquals("World Food Programme", acc.speaker());
        Quote told = f.quote("that Warsaw would host");
        assertEquals("Tomasz Wierzbicki", told.speaker());
        assertEquals("that Warsaw would host a repair hub", f.content(told));
    }

    @Test
    void anUnclosedMarkDoesNotSwallowTheArticle() {
        String text = "Ruiz said \"the deal is dead and buried.\n\nThe markets fell on Tuesday. Shares in the firm lost "
                + "a third of their value.\n\nThe central bank said it would act.";
        Found f = analyze(text);
        for (Quote q : f.analysis().quotes()) {
            assertTrue(f.content(q).indexOf('\n') < 0, "a quote crossed a paragraph: " + f.content(q));
        }
        Quote bank = f.quote("it would act");
        assertEquals("The central bank", bank.speaker());
    }

    @Test
    void notSpeechWhenNegatedPassiveOrATermInMarks() {
        Found f = analyze("The minister did not say whether talks would resume. The plan was praised by donors. "
                + "Critics called it a \"fig leaf\" for inaction.");
        for (Quote q : f.analysis().quotes()) {
            assertTrue(!f.content(q).startsWith("whether") && !f.content(q).equals("fig leaf"), f.describe());
        }
    }

    @Test
    void theArticlesOwnIdWritesTheNameAsTheArticleDoes() {
        // which spellings are one person is the corpus-wide merge's to decide (NameFormTest, SpeakerIdentityTest)
        Found a = analyze("\"We are ready,\" said Mohammad Bagheri.");
        Found b = analyze("Mohammed Bagheri said the border was calm.");
        assertEquals("person:mohammad-bagheri", a.quote("We are ready").speakerId());
        assertEquals("person:mohammed-bagheri", b.quote("the border was calm").speakerId());
    }

    @Test
    void titleAloneGoesToThePersonWhoHeldIt() {
        Found f = analyze("Prime Minister Rafiq Doumani met the envoy on Monday.\n\nThe prime minister said Lebanon did not want a war.");
        assertEquals("Rafiq Doumani", f.quote("Lebanon did not want").speaker());
    }

    @Test
    void confidenceRanksNamedAboveFloating() {
        Found f = analyze("\"The ceasefire holds,\" said Amal Haddad.\n\n\"For now.\"");
        assertTrue(f.quote("The ceasefire").confidence() > f.quote("For now").confidence());
        for (Quote q : f.analysis().quotes()) assertTrue(q.confidence() > 0 && q.confidence() <= 1);
    }

    @Test
    void possessiveDescriptionWithTheNameInApposition() {
        Found f = analyze("\u201CThe levees will hold this time,\u201D the city's chief engineer, Marta Quist, told reporters on Friday.");
        Quote q = f.quote("The levees will hold");
        assertEquals("Marta Quist", q.speaker(), f.describe());
        assertEquals("told", q.cue().of(f.text()));
        Speaker s = f.analysis().speakers().get(0);
        assertEquals(List.of("the city's chief engineer"), s.titles());
    }

    @Test
    void quotationClosingItsSentenceIsAttributedByACueOnlySentenceAfterIt() {
        Found f = analyze("The engineer repeated her warning on Friday.\n\n"
                + "\"The levees will not hold another spring like this one.\" Marta Quist said in a radio interview.\n\n"
                + "\"Nobody listens.\" The council met on Monday and said that the budget was closed.");
        Quote q = f.quote("The levees will not hold");
        assertEquals("Marta Quist", q.speaker(), f.describe());
        assertTrue(q.attribution().startsWith("direct:cue-next-sentence"), q.attribution());
        // a next sentence with a reported clause of its own does not attribute the quotation before it
        Quote other = f.quote("Nobody listens");
        assertTrue(other.cue() == null, f.describe());
    }

    @Test
    void institutionNamesWithOfAreWhole() {
        Found f = analyze("The Bank of England said on Thursday that rates would stay where they are. "
                + "The Organization of American States said that the vote had been fair.");
        assertEquals("Bank of England", f.quote("that rates would stay").speaker(), f.describe());
        assertEquals("org:bank-of-england", f.quote("that rates would stay").speakerId());
        assertEquals("Organization of American States", f.quote("that the vote had been fair").speaker(), f.describe());
    }

    @Test
    void institutionNamesWithOnAndTheirAdjectivesAreWhole() {
        Found f = analyze("According to the National Institute on Ageing, most people over 80 live at home. "
                + "Bank of Harbour Governor Lena Ostrow said rates would stay where they are.");
        assertEquals("National Institute on Ageing", f.quote("most people over 80").speaker(), f.describe());
        assertEquals("org:national-institute-on-ageing", f.quote("most people over 80").speakerId());
        assertEquals("Lena Ostrow", f.quote("rates would stay").speaker(), f.describe()); // a title after it is still a title
    }

    @Test
    void aTwoWordNameBeforeOfAnInstitutionIsThePerson() {
        Found f = analyze("Tavish Oyelaran of FTX Research said the markets would stay calm. "
                + "Oyelaran said the next quarter looked better.");
        assertEquals("Tavish Oyelaran", f.quote("the markets would stay calm").speaker(), f.describe());
        assertEquals(SpeakerType.PERSON, f.quote("the markets would stay calm").speakerType());
        assertEquals(f.quote("the markets would stay calm").speakerId(), f.quote("the next quarter").speakerId());
    }

    @Test
    void aShortParentheticalBetweenTheNameAndTheCueIsSkipped() {
        Found f = analyze("Sen. Wilma Hartigan (R-Mont.) said the tariffs would hurt wheat farmers. "
                + "The survey (published in May) said prices rose. Omar Zaki (pictured) says he will run again.");
        assertEquals("Wilma Hartigan", f.quote("the tariffs would hurt").speaker(), f.describe());
        assertEquals("Sen. Wilma Hartigan", f.quote("the tariffs would hurt").speakerMention().of(f.text()));
        assertEquals("The survey", f.quote("prices rose").speaker(), f.describe());
        assertEquals("Omar Zaki", f.quote("he will run again").speaker(), f.describe());
    }

    @Test
    void appositionChainsWithAbbreviationsRelativeClausesAndDashes() {
        Found f = analyze("Sen. Rolf Ashby, R-Tex., said the bill would fail. "
                + "Sen. Ida Crane (D-Vt.), who has endorsed the governor, said the governor was the stronger candidate. "
                + "Gail Moss, an adviser to the group - which has backed the mayor - said the mayor had options. "
                + "Tom Reeve of Grace Chapel in Dover, said he had made many phone calls.");
        assertEquals("Rolf Ashby", f.quote("the bill would fail").speaker(), f.describe());
        assertEquals("Ida Crane", f.quote("the governor was the stronger").speaker(), f.describe());
        assertEquals("Gail Moss", f.quote("the mayor had options").speaker(), f.describe());
        assertEquals("Tom Reeve", f.quote("he had made many").speaker(), f.describe());
        // what comes before ", said" is not what was said when the words after it have their own verb
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).startsWith("Tom Reeve")), f.describe());
    }

    @Test
    void aShareOfThoseAskedIsTheSpeaker() {
        Found f = analyze("In the survey, nearly nine out of 10 say they will need new skills. Thirty percent of "
                + "farmers said prices were too low. One in four said the rules had not changed. "
                + "Exports rose 5 percent, said the agency. Nearly a third say they do not know. About two-thirds "
                + "of voters said the party was hostile.");
        assertEquals("nearly nine out of 10", f.quote("they will need").speaker(), f.describe());
        assertEquals(SpeakerType.UNKNOWN, f.quote("they will need").speakerType());
        assertEquals("Thirty percent of farmers", f.quote("prices were too low").speaker(), f.describe());
        assertEquals("One in four", f.quote("the rules had not").speaker(), f.describe());
        assertEquals("the agency", f.quote("Exports rose").speaker(), f.describe());
        assertEquals("Nearly a third", f.quote("they do not know").speaker(), f.describe());
        assertEquals("About two-thirds of voters", f.quote("the party was hostile").speaker(), f.describe());
    }

    @Test
    void aSecondVerbOfTheSentencesSubjectAndClausesOpenedByWhen() {
        Found f = analyze("The senator spent two years in prison and says such methods are cruel. "
                + "In a radio interview, Mayor Lina Storm praised the plan but later said the costs were too high. "
                + "The mood changed when she said the budget would be cut. "
                + "The coach did not recall the meeting, but in a later interview said he had deleted the file. "
                + "Voters asked whether he said the tax would rise. "
                + "Because at the Courier, what the mayor says and promises is now the baseline for truth.");
        assertEquals("The senator", f.quote("such methods are cruel").speaker(), f.describe());
        assertEquals("Lina Storm", f.quote("the costs were too high").speaker(), f.describe());
        assertEquals("The coach", f.quote("he had deleted the file").speaker(), f.describe());
        assertEquals("Lina Storm", f.quote("the budget would be cut").speaker(), f.describe());
        // a question about what was said reports nothing
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).startsWith("the tax would rise")), f.describe());
        // a sentence that opens with a subordinate clause has no subject to lend to a second verb
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> q.speakerMention() != null
                && q.speakerMention().of(f.text()).startsWith("Because")), f.describe());
    }

    @Test
    void accordingToASourceThatIsNoNameOrRole() {
        Found f = analyze("According to police, officers saw the man leave the bank with a bag. The mayor led by "
                + "ten points among older voters, according to exit polls. According to the post, the threat had "
                + "changed overnight.");
        assertEquals("police", f.quote("officers saw the man").speaker(), f.describe());
        assertEquals("exit polls", f.quote("The mayor led").speaker(), f.describe());
        // a document is the channel of an unnamed writer, not a speaker
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> "the post".equals(q.speaker())), f.describe());
    }

    @Test
    void callingSomethingSomethingIsAStatementButPhoningOrConveningIsNot() {
        Found f = analyze("Foreign Minister Dara Velez called the sanctions \"economic terrorism\" and vowed to resist. "
                + "The senator waved the loans away, calling it a paperwork error. Judge Amal Reyes called the plan "
                + "unacceptable. He called his mother on Tuesday. The union called a strike for May. The guild started "
                + "a drive called Code Critical. Men calling themselves the Night Watch blocked the road.");
        Quote sanctions = f.quote("the sanctions");
        assertEquals("Dara Velez", sanctions.speaker(), f.describe());
        assertEquals(QuoteKind.MIXED, sanctions.kind());
        assertEquals("reported:naming", sanctions.attribution().substring(0, "reported:naming".length()));
        assertEquals("The senator", f.quote("it a paperwork error").speaker(), f.describe());
        assertEquals("Amal Reyes", f.quote("the plan unacceptable").speaker(), f.describe());
        for (String notSaid : List.of("his mother", "a strike", "Code Critical", "themselves")) {
            assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).startsWith(notSaid)), notSaid + f.describe());
        }
    }

    @Test
    void everyTenseOfACueAndTheFirstPersonOutsideQuotationMarks() {
        Found f = analyze("Governor Tamsin Hale claims her rival misled voters. She promises the state will pay, and "
                + "aides are hoping that the courts will agree.\n\n\"We will win,\" Hale said.\n\n"
                + "I'm hoping that voters will decide on the merits.");
        assertEquals("Tamsin Hale", f.quote("her rival misled").speaker(), f.describe());
        assertEquals("Tamsin Hale", f.quote("the state will pay").speaker(), f.describe());
        assertEquals("Tamsin Hale", f.quote("that voters will decide").speaker(), f.describe());
        assertEquals("first-person", f.quote("that voters will decide").attribution().split("\\+")[1]);
    }

    @Test
    void aParticipleAfterAQuotationsAttributionHasItsSpeaker() {
        Found f = analyze("Senator Ross Pike spoke in Helena.\n\n\"We have the right to choose,\" he said at the rally, "
                + "insisting that the state had enough delegates.");
        assertEquals("Ross Pike", f.quote("that the state had enough").speaker(), f.describe());
        assertEquals("he", f.quote("that the state had enough").speakerMention().of(f.text()));
    }

    @Test
    void aReportedClauseEndsWhereTheAuthorGoesOnWithAndAndANewSubject() {
        Found f = analyze("Mayor Ines Bryce said fathers would not get the six weeks of leave, and when pressed on why, "
                + "she changed the subject. Bryce said the levy would stay, and the fees would fall.");
        assertEquals("fathers would not get the six weeks of leave", f.content(f.quote("fathers would not")), f.describe());
        // "and" before a plain noun phrase may still be part of what was said
        assertEquals("the levy would stay, and the fees would fall", f.content(f.quote("the levy would stay")), f.describe());
    }

    @Test
    void anEmbeddedPostIsItsAuthorsWords() {
        Found f = analyze("Crews worked through the night.\n\nThe storm was one of the worst in 20 years. Crews will "
                + "work until every home is back on. pic.twitter.com/ab12Cd — Valley Power (@valleypower) March 3, 2025\n\n"
                + "Plenty of honking on the bridge today #rally https://t.co/Xy9z — Kyle Benning (@KBenning) March 4, 2025\n\n"
                + "The river rose two metres \u2014 more than in 1997.");
        Quote storm = f.quote("The storm was one of the worst");
        assertEquals("Valley Power", storm.speaker(), f.describe());
        // verbatim, but not in quotation marks: the kind follows the marks, the attribution says it is a post
        assertEquals(QuoteKind.INDIRECT, storm.kind());
        assertEquals("The storm was one of the worst in 20 years. Crews will work until every home is back on.", f.content(storm));
        assertTrue(storm.attribution().startsWith("direct:embedded-post"), storm.attribution());
        assertEquals("Plenty of honking on the bridge today #rally", f.content(f.quote("Plenty of honking")));
        assertEquals("Kyle Benning", f.quote("Plenty of honking").speaker());
        assertEquals(2, f.analysis().quotes().size(), f.describe()); // a dash alone makes no byline
    }

    @Test
    void aReportedClauseEndsAtADashBeforeTheNextAttribution() {
        Found f = analyze("Mayor Tova Lind called the levy a tax grab \u2014 Councillor Ray Okoro insists it is fair.");
        assertEquals("the levy a tax grab", f.content(f.quote("the levy")), f.describe());
        assertEquals("Ray Okoro", f.quote("it is fair").speaker(), f.describe());
    }

    @Test
    void aPersonDescribedByAgeIsThePersonJustNamed() {
        Found f = analyze("The Flames traded winger Nils Varga on Monday. The 26-year-old right wing said his new "
                + "teammates have been making chances for him. A 40-year-old fan said the trade was a mistake.");
        assertEquals("Nils Varga", f.quote("his new teammates").speaker(), f.describe());
        assertEquals("A 40-year-old fan", f.quote("the trade was a mistake").speaker(), f.describe());
    }

    @Test
    void aReportedClauseInterruptedByItsAttributionIsTwoQuotesOfOneSpeaker() {
        Found f = analyze("Dr. Rhea Moll works at the clinic. While some couples split under the strain, Moll said, for "
                + "others it can deepen the bond. Nurses, she says, are leaving. It is common to cut ties, even "
                + "marriages, with partners, she said. The target is met in most cases but Moll says that is not what "
                + "patients see.");
        Quote first = f.quote("While some couples");
        Quote second = f.quote("for others it can deepen");
        assertEquals("While some couples split under the strain", f.content(first));
        assertEquals("Rhea Moll", first.speaker(), f.describe());
        assertEquals(first.speakerId(), second.speakerId());
        assertEquals(first.cue(), second.cue());
        // a part of one or two words does not stand alone
        assertEquals("Nurses, she says, are leaving", f.content(f.quote("Nurses")), f.describe());
        // ", even" opens a clause only with its conjunction
        assertEquals("It is common to cut ties, even marriages, with partners", f.content(f.quote("It is common")), f.describe());
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).contains("but Moll says")), f.describe());
    }

    @Test
    void itIsTheOneWordNameThatSpokeNotTheByline() {
        Found f = analyze("By The Daily Courier\n\nZentrix said it would fix the app. It also told workers to install "
                + "the public versions of its apps.");
        assertEquals("Zentrix", f.quote("to install the public").speaker(), f.describe());
    }

    @Test
    void mannerOfSpeakingAndWritingVerbsReportOnlyAClause() {
        Found f = analyze("The Hawks snapped the Comets' five-game streak on Friday. Fans yelled at a referee from the "
                + "stands. A group of scholars wrote a letter asking for the men's release. Coach Ana Birk wrote that "
                + "the team would recover. The coach shouted the referee was blind.");
        for (String notSaid : List.of("the Comets'", "at a referee", "a letter asking")) {
            assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).startsWith(notSaid)), notSaid + f.describe());
        }
        assertEquals("Ana Birk", f.quote("that the team would recover").speaker(), f.describe());
        assertEquals("Ana Birk", f.quote("the referee was blind").speaker(), f.describe());
    }

    @Test
    void theAttributionOfADirectQuoteReadsPastAbbreviationsAndRelativeClauses() {
        Found f = analyze("\"We will win this race,\" Sen. Rolf Ashby (R-Tex.) said Saturday night at the debate.\n\n"
                + "\"Darn it,\" Cruz, who has proposed repealing the levy, said at the time.\n\n"
                + "Ashby went on to win the seat in a landslide. Cruz said so.");
        Quote win = f.quote("We will win");
        assertEquals("Rolf Ashby", win.speaker(), f.describe());
        assertEquals("said", win.cue().of(f.text()));
        Quote darn = f.quote("Darn it");
        assertEquals("said", darn.cue().of(f.text()), f.describe());
        // the words after the direct quotes' cues, "went on to win", and "said so" report nothing
        for (String notSaid : List.of("Saturday night", "at the time", "to win the seat", "so")) {
            assertTrue(f.analysis().quotes().stream().noneMatch(q -> f.content(q).startsWith(notSaid)), notSaid + f.describe());
        }
    }

    @Test
    void aPullQuoteSignedWithANameIsThatPersonsWords() {
        Found f = analyze("The storm cut power to 66,000 homes.\n\n"
                + "It is very bad for our seniors if they have nothing in the way of backup. Rosa Peters, Lake Elm mayor\n\n"
                + "She led the race at the same point in her contest against then-Sen. Barack Obama.\n\n"
                + "Crews worked through the night in the cold. (Tom Hale/Daily Courier)");
        Quote q = f.quote("It is very bad");
        assertEquals("Rosa Peters", q.speaker(), f.describe());
        assertEquals("It is very bad for our seniors if they have nothing in the way of backup.", f.content(q));
        assertTrue(q.attribution().startsWith("direct:signed"), q.attribution());
        assertEquals(1, f.analysis().quotes().size(), f.describe()); // not a sentence cut at "Sen.", nor a photo credit
    }

    @Test
    void aGroupNamedByAPluralNounPhraseIsTheSpeaker() {
        Found f = analyze("Social conservatives say the bills protect churches. But the school's defenders said there "
                + "was nothing wrong. Critics of the plan say it is too costly. Two years on, some in the farming "
                + "community say the support has dried up. For years, analysts said prices would fall.");
        assertEquals("Social conservatives", f.quote("the bills protect").speaker(), f.describe());
        assertEquals(SpeakerType.UNKNOWN, f.quote("the bills protect").speakerType());
        assertEquals("the school's defenders", f.quote("there was nothing wrong").speaker(), f.describe());
        assertEquals("Critics of the plan", f.quote("it is too costly").speaker(), f.describe());
        assertEquals("some in the farming community", f.quote("the support has dried").speaker(), f.describe());
        assertEquals("analysts", f.quote("prices would fall").speaker(), f.describe());
    }

    @Test
    void aCommaInsideBracketsSplitsNoApposition() {
        Found f = analyze("Sen. Lena Marsh (R., S.C.), a member of the Armed Services Committee, said the deal was weak.");
        assertEquals("Lena Marsh", f.quote("the deal was weak").speaker(), f.describe());
    }

    @Test
    void appositionsAfterAPossessiveApostropheDoubleHyphensAColonOrADash() {
        Found f = analyze("Tad Devine, Lopez' senior media adviser, said the rivals were panicking. A former candidate "
                + "-- John Keller, who lost the 2008 race -- said the president offered no changes. On turnout: Lena "
                + "Ortiz, whose coalition includes young people, said closed primaries shut voters out. Debra Royce - "
                + "Lopez's girlfriend and co-host - said his views turned extreme.");
        assertEquals("Tad Devine", f.quote("the rivals were panicking").speaker(), f.describe());
        assertEquals("John Keller", f.quote("the president offered").speaker(), f.describe());
        assertEquals("Lena Ortiz", f.quote("closed primaries").speaker(), f.describe());
        assertEquals("Debra Royce", f.quote("his views turned").speaker(), f.describe());
    }

    @Test
    void aLeadingConjunctionAndAnAdverbBetweenCommasHideNoSpeaker() {
        Found f = analyze("And Sen. Rob Ford (R-Ohio), another vulnerable incumbent, said he had not thought about it. "
                + "Security experts and officials, however, said they believed the leak was planned. Some advocates for "
                + "stem cell research said that overlooked the benefits.");
        assertEquals("Rob Ford", f.quote("he had not thought").speaker(), f.describe());
        assertEquals("Security experts and officials", f.quote("they believed").speaker(), f.describe());
        assertEquals("Some advocates for stem cell research", f.quote("that overlooked").speaker(), f.describe());
    }

    @Test
    void aParagraphLabelledWithAPersonsNameAndAColon() {
        Found f = analyze("Ana Moreau: \u2018We Will Not Retreat From The Border\u2019\n\nThe host pressed her guest.\n\n"
                + "KATE BOLD: Why not debate him now?\n\nJOEL BENSON: This is a man who said many things.\n\n"
                + "WASHINGTON: The vote failed on Friday.\n\nEditor Note: this story was updated on Friday.");
        Quote headline = f.quote("We Will Not Retreat");
        assertEquals("Ana Moreau", headline.speaker(), f.describe());
        assertTrue(headline.attribution().startsWith("direct:label"), headline.attribution());
        assertEquals(QuoteKind.DIRECT, headline.kind()); // in its quotation marks
        assertEquals(QuoteKind.INDIRECT, f.quote("Why not debate").kind());
        assertEquals("KATE BOLD", f.quote("Why not debate").speaker(), f.describe());
        assertEquals(SpeakerType.PERSON, f.quote("Why not debate").speakerType());
        // the turn is one quote: the "said" inside it is part of what was said
        assertEquals("This is a man who said many things.", f.content(f.quote("This is a man")));
        assertEquals(3, f.analysis().quotes().size(), f.describe()); // no dateline or editor's note
    }

    @Test
    void accordingToAfterALinkingWordVouchesForTheClauseAfterIt() {
        Found f = analyze("But, according to the poll, 46 percent of voters remain undecided. He will go to the debate, "
                + "because, according to his aides, the media would mock him if he stayed away.");
        assertEquals("46 percent of voters remain undecided", f.content(f.quote("46 percent")), f.describe());
        assertEquals("the media would mock him if he stayed away", f.content(f.quote("the media would")), f.describe());
    }

    @Test
    void aTitleOpeningASentenceMakesItsHolderTheOneAPronounMeans() {
        Found f = analyze("Mayor Doug Hall wants the line built fast.\n\n\"We have not done a study,\" a spokesperson "
                + "said.\n\nOn Dec. 13, the mayor brought up the plan again.\n\n\"We can cut costs,\" he said.");
        assertEquals("Doug Hall", f.quote("We can cut costs").speaker(), f.describe());
    }

    @Test
    void aStateNamedInPassingIsNoHe() {
        Found f = analyze("Foreign Ministry spokesperson Lu Kang gave no details about the schedule or the role of China "
                + "between the U.S. and North Korea. But he said further information would be released.");
        assertEquals("Lu Kang", f.quote("further information").speaker(), f.describe());
    }

    @Test
    void aNameAfterItsRoleOpensTheSentenceAndABrandNameIsAnInstitution() {
        Found f = analyze("Chinese Foreign Ministry spokesperson Lu Kang gave no details about the talks between Kim "
                + "Jong-un and Moon Jae-in. But he said more would be known soon.\n\nCommuters asked about a study by "
                + "RailLink. The agency told reporters it had not done any such study.");
        assertEquals("Lu Kang", f.quote("more would be known").speaker(), f.describe());
        assertEquals("RailLink", f.quote("it had not done").speaker(), f.describe());
    }

    @Test
    void anInstitutionNounIsNoPersonWhoseTitleNamesTheInstitution() {
        Found f = analyze("Northern Reserve Bank President Mara Lindqvist spoke on Thursday. The bank said it did not "
                + "change its rates. Lindqvist said the outlook was uncertain.");
        assertNotEquals("Mara Lindqvist", f.quote("it did not change").speaker(), f.describe());
        assertEquals(SpeakerType.ORGANIZATION, f.quote("it did not change").speakerType());
        assertEquals("Mara Lindqvist", f.quote("the outlook was").speaker(), f.describe());
    }

    @Test
    void anAcronymTakesTheNameItAbbreviates() {
        Found f = analyze("Immigration, Refugees and Citizenship Canada would not comment on the case.\n\n"
                + "IRCC said the rules were clear. Later, the IRCC stressed that no decision had been made. "
                + "WXYZ said nothing had changed since May.");
        Quote q = f.quote("the rules were clear");
        assertEquals("Immigration, Refugees and Citizenship Canada", q.speaker(), f.describe());
        assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
        assertEquals(q.speakerId(), f.quote("that no decision").speakerId());
        assertEquals("WXYZ", f.quote("nothing had changed").speaker(), f.describe()); // spelled out nowhere
    }

    @Test
    void remindAdviseRuleAndAParticipleAfterAQuotedPhrase() {
        Found f = analyze("Valley Power reminded customers to keep freezers shut. It advised people never to run a "
                + "generator indoors. The judge ruled he was likely to reoffend. Mayor Ines Bryce said she is a \"long way "
                + "from a decision,\" noting that she has served for 40 years.");
        assertEquals("Valley Power", f.quote("customers to keep freezers shut").speaker(), f.describe());
        assertEquals("never to run a generator indoors", f.content(f.quote("never to run")), f.describe());
        assertEquals("The judge", f.quote("he was likely").speaker(), f.describe());
        assertEquals("Ines Bryce", f.quote("that she has served").speaker(), f.describe());
    }

    @Test
    void whatSomeoneSaysIsWhatFollowsTheVerb() {
        Found f = analyze("The visit coincides with what South Korean officials say is the leader's 35th birthday. "
                + "Canadians pay for the program, at a time when the province faces what it says is a $14 billion deficit.");
        Quote q = f.quote("the leader's 35th birthday");
        assertEquals("South Korean officials", q.speaker(), f.describe());
        assertTrue(q.attribution().startsWith("reported:relative-clause"), q.attribution());
        // a people named in passing is no "it"
        assertNotEquals("Canadians", f.quote("a $14 billion deficit").speaker(), f.describe());
    }

    @Test
    void aGerundAfterAPrepositionIsTheSubjectsStatement() {
        Found f = analyze("Mayor Lina Storm landed in hot water last week by saying that the judge was biased.");
        assertEquals("Lina Storm", f.quote("that the judge was biased").speaker(), f.describe());
    }

    @Test
    void aClauseBeforeTheCommaIsNoApposition() {
        Found f = analyze("Somehow, the family will find a way, adds Abir Al Basha.");
        Quote q = f.quote("Somehow, the family");
        assertEquals("Abir Al Basha", q.speaker(), f.describe());
        assertEquals("Somehow, the family will find a way", f.content(q));
    }

    @Test
    void aDashedAsideInsideTheClauseBeforeAnInvertedCue() {
        Found f = analyze("Nine workers \u2014 including a guard \u2014 a visiting engineer, and a driver were among the "
                + "injured, said police chief Daniel Otieno.");
        assertEquals("Daniel Otieno", f.quote("Nine workers").speaker(), f.describe());
    }

    @Test
    void aDescriptionWithAnotherModifierIsSomeoneElse() {
        Found f = analyze("Foreign Minister Ana Ruiz said the talks would go on. The deputy minister said that nothing "
                + "was agreed. The minister added that she was hopeful.\n\nThe International Union of Railways said that "
                + "the timetable would change. The paramedics union says that ambulances arrive late.");
        assertEquals("The deputy minister", f.quote("that nothing was agreed").speaker(), f.describe());
        assertEquals("Ana Ruiz", f.quote("that she was hopeful").speaker(), f.describe());
        assertEquals("The paramedics union", f.quote("that ambulances arrive late").speaker(), f.describe());
    }

    @Test
    void aStatementIssuedSayingSomethingIsItsIssuersWords() {
        Found f = analyze("The ministry released a statement saying the border crossings would reopen on Monday. "
                + "The agency issued a second statement on Tuesday, saying a review would follow.");
        Quote q = f.quote("the border crossings");
        assertEquals("The ministry", q.speaker(), f.describe());
        assertEquals("saying", q.cue().of(f.text()));
        assertEquals("The agency", f.quote("a review would follow").speaker(), f.describe());
    }

    @Test
    void aLinkToAnotherStoryIsNotAQuote() {
        Found f = analyze("The council met on Monday.\n\nREAD MORE: Mayor says the budget will be balanced by 2030\n\n"
                + "WATCH: Lind says the dam will hold\n\nThe mayor said that the vote would wait.");
        assertEquals(1, f.analysis().quotes().size(), f.describe());
        assertEquals("that the vote would wait", f.content(f.analysis().quotes().get(0)));
    }

    @Test
    void cueWordsThatReportNothing() {
        Found f = analyze("Tokyo's index added 0.4 per cent to 20,442 on Friday. Six months later he pleaded guilty and was "
                + "sentenced to two years. She screamed and banged the door until a guard came.");
        assertEquals(0, f.analysis().quotes().size(), f.describe());
    }

    @Test
    void wordsListedInMarksAreTermsNotQuotes() {
        Found f = analyze("The dictionary's new words are: \"doomscroll,\" \"rizz,\" \"situationship,\" \"delulu,\" and more.\n\n"
                + "\"We add words that people use,\" the editor, Ruth Abel, said.");
        assertEquals(1, f.analysis().quotes().size(), f.describe());
        assertEquals("Ruth Abel", f.analysis().quotes().get(0).speaker());
    }

    @Test
    void theRestOfARelativeClauseAfterSaidIsWhatWasSaid() {
        Found f = analyze("The council approved the measures, which Mayor Ana Ruiz said would take effect in June.");
        Quote q = f.quote("would take effect");
        assertEquals("Ana Ruiz", q.speaker(), f.describe());
        assertTrue(q.attribution().startsWith("reported:relative-clause"), q.attribution());
    }

    @Test
    void anIngPhraseOrASourcesDescriptionAfterTheAttributionIsNotWhatWasSaid() {
        Found f = analyze("The bridge will stay closed until spring, the transport agency said, adding that a ferry would run "
                + "instead. Harbour fees rose by a third last year, according to Portwatch, a group that tracks shipping "
                + "costs. The pact, she said, is final.");
        Quote bridge = f.quote("The bridge will stay closed");
        assertEquals("The bridge will stay closed until spring", f.content(bridge), f.describe());
        assertEquals("the transport agency", f.quote("that a ferry would run instead").speaker(), f.describe());
        Quote fees = f.quote("Harbour fees rose");
        assertEquals("Harbour fees rose by a third last year", f.content(fees), f.describe());
        assertEquals("Portwatch", fees.speaker(), f.describe());
        // a clause that goes on after its attribution still does
        assertEquals("The pact, she said, is final", f.content(f.quote("The pact")), f.describe());
    }

    @Test
    void anAcronymIsNotSpelledByOtherAcronymsAndARelativeNamedByAGivenNameIsSomeoneNew() {
        Found f = analyze("Several partners, including the EU, the U.S. and the U.K., have spoken out.\n\n"
                + "A statement from the EU said the detention was arbitrary.\n\n"
                + "The clinic is run by police Chief Daniel Varga, said a spokesman. The founder is Lena Ortiz. "
                + "Ortiz's father, Daniel, says his daughter always wanted to help.");
        Quote eu = f.quote("the detention was arbitrary");
        assertEquals("EU", eu.speaker(), f.describe());
        Quote father = f.quote("his daughter always wanted");
        assertEquals("Daniel", father.speaker(), f.describe());
    }

    @Test
    void wireStoryAttributionsAsidesCarryingAgenciesAndCompoundTitles() {
        Found f = analyze("AMMAN — The border will reopen next week, Interior Ministry spokesman Karim Haddad said on "
                + "Sunday, according to the state news agency Petra.\n\n"
                + "A senior Western diplomat, speaking on condition of anonymity, said Paris was working with Oman and "
                + "Kuwait to arrange new talks.\n\n"
                + "\"Every day of delay costs lives,\" UN Secretary-General Maria Lindqvist wrote on social media.\n\n"
                + "The health ministry in Zarqa said 12 people were hurt. Officials in Irbid say the roads are closed.");
        Quote border = f.quote("The border will reopen next week");
        assertEquals("Karim Haddad", border.speaker(), f.describe());
        assertEquals(1, f.analysis().quotes().stream().filter(q -> f.content(q).contains("border")).count(),
                "the agency carried his words: no second quote holding them " + f.describe());
        Quote talks = f.quote("Paris was working");
        assertEquals("A senior Western diplomat", talks.speaker(), f.describe());
        Quote delay = f.quote("Every day of delay");
        assertEquals("Maria Lindqvist", delay.speaker(), f.describe());
        Speaker lindqvist = f.analysis().speakers().stream().filter(sp -> sp.name().equals("Maria Lindqvist")).findFirst().orElseThrow();
        assertEquals(SpeakerType.PERSON, lindqvist.type());
        // the place after "in" is where they are, not who spoke
        assertEquals("The health ministry in Zarqa", f.quote("12 people were hurt").speaker(), f.describe());
        assertEquals("Officials in Irbid", f.quote("the roads are closed").speaker(), f.describe());
    }

    @Test
    void quotedAsSayingAndArabicNamesWithLowerCaseParticles() {
        Found f = analyze("CAIRO — State television quoted President Omar al-Hakim as saying that the border would stay "
                + "open.\n\n"
                + "Hakim told the channel that the sanctions had failed. The agency quoted Foreign Minister Samir "
                + "el-Masri as saying: \"Our patience has limits.\"\n\n"
                + "The radio station quoted a port official as telling reporters the ships would dock on Monday.\n\n"
                + "Interior Minister Karim Abdel-Rahman, who arrived on Friday, praised the volunteers. "
                + "\"We owe them everything,\" Abdelrahman said.");
        Quote border = f.quote("that the border would stay open");
        assertEquals("Omar al-Hakim", border.speaker(), f.describe());
        assertEquals("reported:quoted-as-saying+name", border.attribution());
        assertEquals("Omar al-Hakim", f.quote("that the sanctions had failed").speaker(), f.describe());
        assertEquals("Samir el-Masri", f.quote("Our patience has limits.").speaker(), f.describe());
        assertEquals("a port official", f.quote("the ships would dock").speaker(), f.describe());
        assertEquals("Karim Abdel-Rahman", f.quote("We owe them everything").speaker(), f.describe());
    }

    @Test
    void asidesOfCircumstanceBeforeTheCueAndInfinitivesOfChannelWords() {
        Found f = analyze("The foreign minister Ivan Petrov, in comments carried by the Volna news agency, called on all sides "
                + "to show restraint. The port will stay shut, the minister said on Friday, vowing to press ahead "
                + "with repairs.");
        assertEquals("Ivan Petrov", f.quote("all sides to show restraint").speaker(), f.describe());
        assertEquals("to press ahead with repairs", f.content(f.quote("to press ahead")), f.describe());
    }

    @Test
    void aNameOpenedByACapitalisedParticleAndAQuotationAfterAFullStopTheSplitterMissed() {
        Found f = analyze("\"Our position is clear,\" Abu Karim wrote on X. \"No to displacement.\"\n\n"
                + "\"We will rebuild,\" De Vries said.");
        Quote first = f.quote("Our position is clear");
        assertEquals("Abu Karim", first.speaker(), f.describe());
        assertEquals("direct:cue-after+name", first.attribution());
        // "X." read as an initial joins the two sentences; the quotation after it is still the speaker's
        assertEquals("Abu Karim", f.quote("No to displacement.").speaker(), f.describe());
        assertEquals("De Vries", f.quote("We will rebuild").speaker(), f.describe());
    }

    @Test
    void aPronounObjectFollowedByAQuotationIsAMixedClause() {
        Found f = analyze("In a statement, the army said it \"takes every report of a missing boat seriously\". "
                + "Asked about the delay, the captain said it.");
        Quote q = f.quote("it \"takes every report");
        assertEquals(QuoteKind.MIXED, q.kind(), f.describe());
        assertEquals(1, f.analysis().quotes().size(), "\"said it.\" reports nothing " + f.describe());
    }

    @Test
    void aDefiniteDescriptionTheLexiconDoesNotListSpeaksAndMayNameAnInstitution() {
        Found f = analyze("Northern Lakes Railway released its winter plan on Monday. The coast guard said two boats "
                + "were missing. The Winnipeg-based railway said it would hire more crews. The civil claim says the "
                + "company failed.");
        assertEquals("The coast guard", f.quote("two boats were missing").speaker(), f.describe());
        assertEquals("Northern Lakes Railway", f.quote("it would hire").speaker(), f.describe());
        // "claim" is a noun here: "The civil" is nobody
        assertTrue(f.analysis().quotes().stream().noneMatch(q -> "The civil".equals(q.speaker())), f.describe());
    }

    @Test
    void institutionsNamedWithOfAndPeopleOfAPlace() {
        Found f = analyze("The Bank of Lisbon held its rates on Thursday. The central bank said inflation was too high. "
                + "Sen. Chuck Hale of New Mexico said the plan would fail. Prices rose, surprising some traders, who "
                + "said they had expected a cut.");
        assertEquals("Bank of Lisbon", f.quote("inflation was too high").speaker(), f.describe());
        assertEquals("Chuck Hale", f.quote("the plan would fail").speaker(), f.describe());
        assertEquals("some traders", f.quote("they had expected a cut").speaker(), f.describe());
    }

    @Test
    void aDatelineBeforeAnAppositionAndAPersonFirstSeenInAnInstitutionsRun() {
        Found f = analyze("WASHINGTON \u2014 House Speaker Mike Dorsey, R-La., said Tuesday that the chamber would vote "
                + "this week.");
        Quote q = f.quote("that the chamber would vote");
        assertEquals("Mike Dorsey", q.speaker(), f.describe());
        assertEquals(SpeakerType.PERSON, q.speakerType(), f.describe());
        assertTrue(q.speakerId().startsWith("person:"), q.speakerId());
    }

    @Test
    void aPartysOfficialIsAPersonAndSourcesFamiliarWithTheTalksSpeak() {
        Found f = analyze("Hamas official Karim Dabbagh told the agency the group had no new proposal. \"The ball is in "
                + "their court,\" he said.\n\nTwo sources familiar with the talks told Reuters that a deal was close.");
        Quote q = f.quote("the group had no new proposal");
        assertEquals(SpeakerType.PERSON, q.speakerType(), f.describe());
        assertEquals("Karim Dabbagh", f.quote("The ball is in their court").speaker(), f.describe());
        assertEquals("Two sources familiar with the talks", f.quote("that a deal was close").speaker(), f.describe());
    }

    @Test
    void anUnnamedNewHolderOfARoleTakesTheRoleFromTheOneNamedBefore() {
        Found f = analyze("Hamas official Karim Dabbagh told the agency the group had no new proposal. An Israeli official, "
                + "however, played down the chances of a breakthrough. \"There is no deal yet,\" the official said.");
        Quote q = f.quote("There is no deal yet");
        assertNotEquals("Karim Dabbagh", q.speaker(), f.describe());
        assertEquals("the official", q.speaker(), f.describe());
    }

    @Test
    void channelsAfterOnDatelinesBeforeTheSubjectAndAttributionsThatLookLikeSignatures() {
        Found f = analyze("Anwar Said wrote on X that diplomacy remained the only path.\n\n"
                + "RIYADH \u2014 Saudi Arabia on Sunday condemned the attack, calling it a \"flagrant violation\" of the law.\n\n"
                + "Gail Moss - an adviser - said the plan was over. Hugh Hill, a doctor at the clinic, said it was late.");
        assertEquals("that diplomacy remained the only path", f.content(f.quote("that diplomacy")), f.describe());
        assertEquals("Saudi Arabia", f.quote("it a \"flagrant violation\"").speaker(), f.describe());
        assertEquals("Gail Moss", f.quote("the plan was over").speaker(), f.describe());
        assertEquals("Hugh Hill", f.quote("it was late").speaker(), f.describe());
    }
    @Test
    void aPronounAfterAnotherFullNameGivesTheSubjectNoGender() {
        // "his" is the prime minister's: it must not make the foreign minister a "he" whom "she" cannot find
        Found f = analyze("Foreign Minister Zorka Vell says Norway has asked Peru to release a fisherman.\n\n"
                + "Vell's remarks in Bergen came after Peru rebuked Prime Minister Tomas Brekke over his criticism.\n\n"
                + "\"Our view has not changed,\" Vell said.\n\nNorway has asked the envoy for help, she said.");
        assertEquals("Zorka Vell", f.quote("Norway has asked the envoy").speaker(), f.describe());
    }
    @Test
    void aProgrammesCapitalisedParticleNamesNoOne() {
        Found f = analyze("Dana Quill, a researcher at Marrow House, says the study took a year.\n\n"
                + "Many people use Brandon's Up on the Hill program every winter.\n\n"
                + "\"They share what they have,\" she says.");
        assertEquals("Dana Quill", f.quote("They share what").speaker(), f.describe());
    }

    @Test
    void theHolderOfARoleOfAnInstitutionSpeaksAndARelativeClauseWithoutCommasIsSkipped() {
        Found f = analyze("The former sergeant-at-arms of the Regional Assembly said Monday he would seek a council seat. "
                + "An inspector with the Animal Welfare Agency of Moravia who was in the gallery told reporters "
                + "he could not discuss the case.");
        Quote run = f.quote("he would seek");
        assertEquals(SpeakerType.PERSON, run.speakerType(), f.describe());
        assertTrue(run.speaker().startsWith("The former sergeant-at-arms"), f.describe());
        Quote court = f.quote("he could not discuss");
        assertTrue(court.speaker().startsWith("An inspector with the Animal Welfare Agency"), f.describe());
    }

    @Test
    void anIndefiniteDescriptionSpeaksAndAnAdverbAfterTheCueIsNoContent() {
        Found f = analyze("A retired Oslo-based engineer said 40 carriages is long for one ferry. A person familiar with "
                + "the talks says Holm has signed with Bergen. Lund said, however, that the plan was dead. Officials "
                + "described the fire as arson and said the guard was unhurt.");
        assertEquals("A retired Oslo-based engineer", f.quote("40 carriages").speaker(), f.describe());
        assertEquals("A person familiar with the talks", f.quote("Holm has signed").speaker(), f.describe());
        assertEquals("that the plan was dead", f.content(f.quote("that the plan")), f.describe());
        assertEquals("Officials", f.quote("the guard was unhurt").speaker(), f.describe());
    }

    @Test
    void aNoticeSayingIsItsIssuersAndAPeoplesAdjectiveIsNoIt() {
        Found f = analyze("Lund said Norway would act.\n\nPeruvian foreign ministry spokeswoman Ana Ruiz rejected "
                + "the remarks.\n\nThe foreign ministry's travel office also posted a notice Tuesday saying that "
                + "Norway had held a Peruvian sailor.\n\nIt urged Peruvian citizens to review their trips.");
        Quote notice = f.quote("that Norway had held");
        assertEquals("The foreign ministry's travel office", notice.speaker(), f.describe());
        assertEquals("The foreign ministry's travel office", f.quote("to review their trips").speaker(), f.describe());
    }

    @Test
    void aReducedRelativeBeforeThePlainCueIsSkipped() {
        Found f = analyze("The review board decision granting his transfer said he was no risk. Officials investigating "
                + "the crash said the pilot was tired. A gauge of Peru's mining rose but forecasters say "
                + "growth is slow.");
        assertEquals("The review board decision", f.quote("he was no risk").speaker(), f.describe());
        assertEquals("Officials", f.quote("the pilot was tired").speaker(), f.describe());
        assertEquals("forecasters", f.quote("growth is slow").speaker(), f.describe());
    }

    @Test
    void aPassiveOrARelativesCueInsideTheClauseIsNoNewAttribution() {
        Found f = analyze("Noor said drivers often skip breaks and are asked to work night shifts. Wired reported "
                + "that the firm paid students and other buyers who agreed to test its device. Holt told investigators that "
                + "whenever the bell rang, he hid the boxes.");
        assertEquals("drivers often skip breaks and are asked to work night shifts",
                f.content(f.quote("drivers often")), f.describe());
        assertEquals("that the firm paid students and other buyers who agreed to test its device",
                f.content(f.quote("that the firm")), f.describe());
        Found g = analyze("All agreed that the levy would raise prices but that it would add paperwork for shops. Berg said "
                + "Lund could lose not only because he backs the mayor but also because he denied the nurses a raise.");
        assertEquals("that the levy would raise prices but that it would add paperwork for shops",
                g.content(g.quote("that the levy")), g.describe());
        assertTrue(g.content(g.quote("Lund could lose")).endsWith("denied the nurses a raise"), g.describe());
        assertEquals("that whenever the bell rang, he hid the boxes", f.content(f.quote("that whenever")), f.describe());
    }

    @Test
    void aListenerNoLexiconNamesIsNoContent() {
        Found f = analyze("Holt told police the boxes were gone. Mara Ruiz told the jury her brother was at home. "
                + "A spokesman told state media that talks would resume.");
        assertEquals("the boxes were gone", f.content(f.quote("the boxes")), f.describe());
        assertEquals("her brother was at home", f.content(f.quote("her brother")), f.describe());
        assertEquals("that talks would resume", f.content(f.quote("that talks")), f.describe());
    }

    @Test
    void describedSubjectsOfParticiplesAndInstitutionsWithAGivenNameInside() {
        Found f = analyze("The judge spoke out on the plan, saying she did not want to rule on it. Those close to "
                + "the mayor say that he would pick a deputy. He declined to name names, aside from saying he wants a "
                + "younger cabinet.\n\nOn Saturday, the Roman Catholic Diocese of Kenton condemned the vandals, calling "
                + "their conduct wrong.\n\nThe diocese issued a second statement on Tuesday, saying a review will "
                + "look into the matter.");
        assertEquals("The judge", f.quote("she did not want").speaker(), f.describe());
        assertEquals("Those close to the mayor", f.quote("that he would pick").speaker(), f.describe());
        f.quote("he wants a younger cabinet");
        assertEquals("Roman Catholic Diocese of Kenton", f.quote("a review will").speaker(), f.describe());
        for (Quote q : f.analysis().quotes()) assertNotEquals("On Saturday", f.content(q), f.describe());
    }

    @Test
    void aLongerTimePhraseBeforeTheCueAndAParticipleAfterAnInvertedCue() {
        Found f = analyze("Party spokesman Tom Reyes on Thursday evening said the budget was not in trouble. "
                + "\"It was a close vote,\" said Holm, suggesting that the next vote will be easier.");
        assertEquals("Tom Reyes", f.quote("the budget was not").speaker(), f.describe());
        assertEquals("Holm", f.quote("that the next vote").speaker(), f.describe());
    }

    @Test
    void theHolderOfARoleForSomethingNoLexiconNames() {
        Found f = analyze("A spokeswoman for the seller said the sale was final. A lawyer for the family told reporters "
                + "the case was closed. Gale Ross also criticized local members for not backing Vidal, declaring that "
                + "loyal members had left.");
        assertEquals("A spokeswoman for the seller", f.quote("the sale was final").speaker(), f.describe());
        assertEquals("A lawyer for the family", f.quote("the case was closed").speaker(), f.describe());
        assertEquals("Gale Ross", f.quote("that loyal members").speaker(), f.describe());
    }

    @Test
    void reportsCountsOnlyWithItsThatClause() {
        Found f = analyze("The Daily Ledger reports that the mayor will resign. Filed budget reports that list "
                + "spending were late. The report said costs had doubled.");
        assertEquals("Daily Ledger", f.quote("that the mayor").speaker(), f.describe());
        for (Quote q : f.analysis().quotes()) assertTrue(!f.content(q).startsWith("that list"), f.describe());
        f.quote("costs had doubled");
    }

    @Test
    void aQuotationAfterThatWhoseClauseGoesOnIsAMixedQuote() {
        Found f = analyze("Reyes concluded that \u201Cit would have been a mistake\u201D for the council to refuse it. "
                + "Lund said \u201Cnobody saw the letter,\u201D and added that the file was old. "
                + "Mara said that \"the plan is dead.\"");
        Quote mixed = f.quote("that \u201Cit would");
        assertEquals(QuoteKind.MIXED, mixed.kind(), f.describe());
        assertEquals("that \u201Cit would have been a mistake\u201D for the council to refuse it", f.content(mixed));
        assertEquals(QuoteKind.DIRECT, f.quote("nobody saw the letter").kind(), f.describe());
        assertEquals(QuoteKind.DIRECT, f.quote("the plan is dead").kind(), f.describe());
    }

    @Test
    void theSpeakersSecondCueEndsTheFirstClause() {
        Found f = analyze("Ms. Odum said the governor was wrong about the law and criticized him for his remarks.");
        assertEquals("the governor was wrong about the law", f.content(f.quote("the governor")), f.describe());
    }

    @Test
    void asidesOfCircumstanceAndLongRelativesAndACommaAfterThat() {
        Found f = analyze("Ana Vidal, when asked what was missing from the budget, replied that the sums did not work. "
                + "The committee, which has been followed for months by a quarrel over the land its chairman bought "
                + "while in office, said that the sale had no bearing on the vote. In a speech he pledged "
                + "that, if chosen, he would build a new bridge.");
        assertEquals("Ana Vidal", f.quote("that the sums").speaker(), f.describe());
        assertEquals("The committee", f.quote("that the sale").speaker(), f.describe());
        assertEquals("that, if chosen, he would build a new bridge", f.content(f.quote("that, if chosen")), f.describe());
    }

    @Test
    void aNamedUnitAPassiveQuotedAsSayingAndASentenceFinalReport() {
        Found f = analyze("Norsk Data's Kestrel security unit said in a statement on Friday that the attacks came from "
                + "one gang. Ali Dahl was quoted as saying by local media that the port had reopened. "
                + "Older drivers are less likely to renew their licences, researchers report.");
        assertEquals("Norsk Data's Kestrel security unit", f.quote("that the attacks").speaker(), f.describe());
        assertEquals("Ali Dahl", f.quote("that the port had reopened").speaker(), f.describe());
        assertEquals("researchers", f.quote("Older drivers").speaker(), f.describe());
    }

    @Test
    void anInstitutionsNameAndRolesBeforeASpeakerAfterTheQuotationAndADatelineIsNoOne() {
        Found f = analyze("BRANDON, Man. \u2014 The council said it would vote on the plan.\n\n"
                + "\u201CThis march is our only chance,\u201D Prairie Voices volunteer press coordinator Tom Hollis said."
                + "\n\n\u201CWe want the minister to listen.\u201D\n\nThe council is facing what it says is "
                + "a large shortfall.");
        assertEquals("Tom Hollis", f.quote("This march is").speaker(), f.describe());
        assertEquals("Tom Hollis", f.quote("We want the minister").speaker(), f.describe());
        assertNotEquals("BRANDON", f.quote("a large shortfall").speaker(), f.describe());
    }

    @Test
    void asReportedByEachSideAndEstimatesThat() {
        Found f = analyze("As reported by the Valley Ledger, last spring Brandon opened the first public ferry in the region. "
                + "Each side said the other had broken the rules. The Fiscal Institute estimates that the plan would cost "
                + "$3 billion. Officials released new estimates that showed growth.");
        Quote asReported = f.quote("last spring Brandon");
        assertEquals("reported:according-to", asReported.attribution().split("\\+")[0], f.describe());
        assertEquals("Each side", f.quote("the other had broken").speaker(), f.describe());
        assertEquals("Fiscal Institute", f.quote("that the plan would cost").speaker(), f.describe());
        for (Quote q : f.analysis().quotes()) assertTrue(!f.content(q).startsWith("that showed"), f.describe());
    }

    @Test
    void elidedComparisonsChannelsAndPhrasesOfTimeAreNoContent() {
        Found f = analyze("Fees are higher than the council says they are. Mia Berg, an economist at Norbank, said in a "
                + "column that sales fell. This is the trend analysts have been predicting for years. "
                + "Holm denied that claim.");
        assertEquals("that sales fell", f.content(f.quote("that sales")), f.describe());
        for (Quote q : f.analysis().quotes()) {
            assertTrue(!f.content(q).startsWith("they are") && !f.content(q).equals("for years")
                    && !f.content(q).equals("that claim"), f.describe());
        }
    }

    @Test
    void aListOfQuotedWordsIsNoQuote() {
        Found f = analyze("Ada Holm said the list was long. \"We read every entry,\" she said.\n\nAmong the tired office "
                + "words are \"circle back,\" \"synergy,\" \"pivot,\" \"leverage\" and \"bandwidth.\"");
        for (Quote q : f.analysis().quotes()) {
            assertTrue(!f.content(q).startsWith("leverage") && !f.content(q).startsWith("pivot")
                    && !f.content(q).startsWith("bandwidth"), f.describe());
        }
    }

    @Test
    void anAttributionAfterACommaEndsTheContentBeforeIt() {
        Found f = analyze("In its statement claiming the seat, the Green Front said the count was fair.");
        for (Quote q : f.analysis().quotes()) assertTrue(!f.content(q).contains("Green Front said"), f.describe());
        assertEquals("Green Front", f.quote("the count was fair").speaker(), f.describe());
    }

    @Test
    void aDocumentsOwnerIsTheSourceAndAUnionLocalKeepsItsNumber() {
        Found f = analyze("Bakers joined Retail Union Local 4409 on Friday, the union said. The union will bargain for all "
                + "bakers, according to the union's weekly statement. According to the town's housing survey, the number "
                + "of families on the list grew.");
        assertEquals("Retail Union Local 4409", f.quote("The union will bargain").speaker(), f.describe());
        assertEquals("the town", f.quote("the number of families").speaker(), f.describe());
    }

    @Test
    void aPluralSubjectReportsAndAllThoseInvolvedSay() {
        Found f = analyze("The tenants report they want more repairs. Both groups report paying high fees. "
                + "All those involved say the matter is urgent. The annual report that came out was late.");
        assertEquals("The tenants", f.quote("they want more").speaker(), f.describe());
        assertEquals("Both groups", f.quote("paying high fees").speaker(), f.describe());
        assertEquals("All those involved", f.quote("the matter is urgent").speaker(), f.describe());
        for (Quote q : f.analysis().quotes()) assertTrue(!f.content(q).startsWith("that came out"), f.describe());
    }
}
