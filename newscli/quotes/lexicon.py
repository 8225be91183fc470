"""Word lists of the quotes analysis: reporting cues, pronouns, honorifics, role words,
function words; the longer lists live in ``newscli/lexicons/quote_*.txt``, read once on
first use."""

from __future__ import annotations

from functools import lru_cache

from newscli.wordlists import lexicon_lines, word_set


def _read_lexicon(name: str) -> frozenset[str]:
    """The entries of a lexicon file, in lower case."""
    return frozenset(line.strip().lower() for line in lexicon_lines(name))


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Head nouns of phrases that name who speaks (``lexicons/quote_speaker_nouns.txt``)."""
    return _read_lexicon("quote_speaker_nouns.txt")


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Reporting verbs, every inflected form (``lexicons/quote_cues.txt``)."""
    return _read_lexicon("quote_cues.txt")


#: Cues that introduce reported speech without quote marks (``X said (that) …``): the
#: plain speech and statement verbs, not the evaluative ones ("called", "praised").
INDIRECT_CUES = word_set(
    """
    say says said tell tells told add adds added note notes noted argue argues argued claim
    claims claimed insist insists insisted explain explains explained warn warns warned write
    writes wrote state states stated declare declares declared suggest suggests suggested
    acknowledge acknowledges acknowledged admit admits admitted announce announces announced
    predict predicts predicted concede concedes conceded contend contends contended assert
    asserts asserted maintain maintains maintained stress stresses stressed emphasize
    emphasizes emphasized emphasise emphasises emphasised confirm confirms confirmed reveal
    reveals revealed indicate indicates indicated report reports reported allege alleges
    alleged testify testifies testified promise promises promised vow vows vowed ask asks
    asked wonder wonders wondered
    """
)

#: Cues that take the speaker after them in an inversion (``“Q,” said X``).
INVERTING_CUES = word_set(
    """
    said says added adds asked asks wrote writes continued continues explained explains
    replied replies responded responds recalled recalls noted notes declared declares tweeted
    tweets argued argues insisted insists warned warns joked jokes concluded concludes
    countered counters quipped quips remarked remarks observed observes cautioned cautions
    answered answers exclaimed exclaims reported reports
    """
)

#: Personal pronouns that can be a speaker, with the gender they agree with.
PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "", "it": "n", "you": ""}

#: Relative pronouns standing for the speaker (``Mr Kuleba, who in turn said``).
RELATIVES = frozenset({"who", "which"})

#: Honorifics kept in a name mention, with the gender they give.
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "dr": "", "prof": ""}

#: Role words that stand before a name and are not part of it ("President Xi Jinping").
TITLE_WORDS = word_set(
    """
    president vice former sen senator rep representative gov governor secretary state minister
    prime foreign chancellor chairman chairwoman chair speaker leader majority minority
    attorney general gen lt col maj capt sgt adm cmdr judge justice mayor pope king queen
    prince princess lord lady sir dame rev reverend father bishop archbishop ambassador
    commissioner director chief executive ceo spokesman spokeswoman spokesperson candidate
    nominee democratic republican gop democrat independent presidential deputy assistant
    acting first coach professor economist analyst officer agent host anchor author
    editor reporter columnist congressman congresswoman councilman councilwoman
    assemblyman assemblywoman sheriff detective inspector superintendent u.s us uk
    """
)

#: Role nouns that say a speaker is a woman or a man.
FEMALE_WORDS = word_set(
    "spokeswoman congresswoman chairwoman councilwoman assemblywoman businesswoman "
    "wife mother daughter sister grandmother queen princess lady dame actress widow "
    "woman girl aunt niece madam"
)
MALE_WORDS = word_set(
    "spokesman congressman chairman councilman assemblyman businessman husband father son "
    "brother grandfather king prince lord sir actor widower man boy uncle nephew"
)

#: Common given names with their usual gender: a short list written for the project so
#: that ``she`` does not resolve to a man named just before. Names not here stay unknown.
GIVEN_NAMES_FEMALE = word_set(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber
    doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori hillary hilary nancy condoleezza sonia elena ruth nikki carly michele
    sarah kellyanne huma hope jill melania ivanka chelsea tulsi kamala elizabeth theresa
    angela marine nicola yulia
    """
)
GIVEN_NAMES_MALE = word_set(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny barack bernie bill ted marco
    jeb ben chris rand mike mitt newt rick lindsey marco jim tim tom dan bob jon ron vladimir
    xi volodymyr boris emmanuel justin narendra recep benjamin
    """
)

#: Nouns that end in "-ly" like adverbs do ("his family said", "the rally chanted").
LY_NOUNS = word_set("family rally ally assembly supply monopoly anomaly bully homily folly belly jelly")

#: Words that open a noun phrase (a nominal speaker starts at them, inclusive).
DETERMINERS = word_set(
    """
    the a an this that these those his her their its our my your one two three four five
    some many several other another each every both few most all any no such
    """
)

#: Words that never belong in a speaker noun phrase: where the backward scan stops.
STOP_WORDS = word_set(
    """
    and but or nor so yet because while when whereas if although though whether than as
    of in on at for to from with by about after before during since over under into onto
    upon through against among between without within toward towards via per like
    is was are were be been being has have had having do does did would will can could
    should may might must shall not never also then there here it this that these those
    what which who whom whose where why how
    """
)

#: Adverbs and auxiliaries allowed between a subject and its cue ("he later said").
BETWEEN_SUBJECT_AND_CUE = word_set(
    """
    also has have had would will could should may might must then later once again just even
    never recently previously repeatedly reportedly initially simply flatly first finally now
    still often already further frequently is was are were be been being has had did does do
    not only earlier subsequently famously separately privately publicly always long since
    sometimes consistently
    """
)

#: Time words that may stand between a subject and its cue ("Trump on Monday said").
TIME_WORDS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend month year day days weeks months years
    hours minutes time times moment
    january february march april may june july august september october november december
    """
)

#: Words that go with a time word in a phrase between subject and cue ("in recent days").
_TIME_MODIFIERS = word_set(
    "on in at last this next recent past early late earlier the a few several two three coming "
    "previous that same over during for"
)

#: Last words of a capitalised name that make it an organisation, not a person.
ORG_WORDS = word_set(
    """
    house party committee campaign news post times journal department council court agency
    association institute center centre foundation union office ministry government senate
    congress administration commission board bureau service services group inc corp
    company network press magazine university college school club fund bank church
    kremlin pentagon police army navy force forces tribune herald gazette review daily
    telegraph guardian cnn nbc abc cbs msnbc fox bbc reuters ap afp politico breitbart
    republicans democrats twitter facebook google
    """
)
_DASHES = frozenset("—―–-")

#: Lower-case particles that may stand inside a name (``Charles de Gaulle``).
_PARTICLES = word_set("de del della der den di da van von bin ibn al el la le du dos das st")


#: Verbs that are reporting cues with "back" or "out" after them ("fired back").
_PHRASAL_CUES = word_set("shot fired hit pushed wrote snapped struck lashed lashes lashing shoots fires hits")

#: Verbs that are reporting cues with "out" after them ("pointed out").
_OUT_CUES = word_set("point points pointed pointing")

#: Things that carry words, after which an ``-ing`` cue reports them ("issued a
#: statement saying", "sent an email on Friday saying").
_COMMUNICATIONS = word_set(
    "statement statements email emails e-mail letter letters tweet tweets post posts release "
    "interview memo note message video ad ads advertisement speech op-ed column editorial "
    "filing complaint lawsuit appearance remarks"
)

#: Words after which an ``-ing`` form is a reporting verb ("saying that", "adding:").
_AFTER_ING = frozenset({"that", ":", ","})

#: Cues that stand capitalised in title-case headlines ("Clinton Says …").
_HEADLINE_CUES = word_set("says said tells told warns urges slams blasts")

#: Words after which an ``-ing`` form is a reporting verb ("…, saying", "was telling").
_BEFORE_ING = word_set(
    "and but while after before when by is was were are be been am also then just already still"
)

#: Cue forms that are as often plural nouns: a verb only after a name or pronoun.
_NOUN_OR_VERB = word_set(
    """
    tweets claims remarks notes reports calls states posts charges promises demands counters
    comments quips vows pledges cries jokes laughs sighs snaps hints tells writes answers
    replies responds observes recalls adds
    state note post report claim call charge counter demand promise remark tweet comment quip
    vow pledge cry joke laugh sigh hint answer reply wonder
    """
)

#: Words after which a cue form that is also a noun is a verb ("would state", "to note").
_VERB_CONTEXT = word_set("to will would could should can may might must did do does not never i we you they")


#: Capitalised words that open a sentence or clause and are not part of a name.
_OPENER_WORDS = word_set(
    """
    but and or so yet then still meanwhile however asked speaking earlier later now here there
    instead indeed also even while when after before since if as in on at for with by from
    last this next yesterday today tonight thus once therefore moreover furthermore otherwise
    perhaps maybe certainly clearly obviously finally first second third besides nonetheless
    nevertheless similarly likewise overall again already
    """
)


#: Common irregular past-tense verbs: after a noun they end its phrase ("The senator
#: sought …", "The businessman began …"), as "-ed" does for regular verbs.
IRREGULAR_PAST = word_set(
    """
    began sought went made took gave came got found thought brought left kept held stood ran
    won lost met sent spent built paid led wrote saw knew felt became put set let hit cut
    heard meant sat spoke broke chose drove rose fell grew drew threw wore fought taught caught
    bought sold struck hung shot stuck swore woke flew forgot hid lay lit stole tore understood
    withdrew overcame undertook upheld told said did had was were
    """
)

#: Determiners that open a speaker phrase after its cue ("said a spokesman").
_NP_OPENERS = word_set("the a an his her their its our one two some many several both another")

_LEAD_PUNCT = frozenset(",.!?;…")

#: Words after a noun phrase that make it the subject of a clause, not an inverted speaker.
_CLAUSE_VERBS = word_set(
    "is was are were has have had will would could should can may might must does did do wants needs plans"
)

#: How far before a quote (in characters) its sentence is read for a cue and a subject:
#: keeps the work per quote bounded, so a paragraph of many quotes stays linear.
_REACH = 600


#: Words before an ``-ing`` cue that make it a verb of its own subject ("was saying").
_PROGRESSIVE = word_set(
    "is was were are be been am keep keeps kept started starts began begins he she they who already still"
)

#: Prepositions: a noun right after one is inside a phrase, not a subject.
_PREPOSITIONS = word_set(
    "in on at of for to from with by about after before during since over under into onto upon "
    "through against among between without within toward towards via across around near"
)

#: Words that open a sentence without opening a phrase: the subject comes right after.
_CONJUNCTION_OPENERS = word_set(
    "but and so yet then still now also however meanwhile instead indeed thus therefore "
    "moreover furthermore besides nonetheless nevertheless likewise similarly"
)

#: Words that open a subordinate clause, whose subject follows them.
_SUBORDINATORS = word_set("while when as although though because since if after before once whereas")


#: Words after a cue that lead to its clause only through a "that" further on
#: ("said in a statement that …", "told reporters on Monday that …").
_BEFORE_THAT = word_set("in on at during after before to of from with by for about over via through")

#: Words after a cue that show it does not introduce a reported clause.
_NO_CLAUSE = word_set("to so nothing something anything yes no goodbye hello thanks sorry")

#: Cues of questions, whose reported clause opens with a question word.
_ASK_CUES = word_set("ask asks asked wonder wonders wondered")
_WH_WORDS = word_set("whether if why how what who when where which")

#: Cues whose object comes before the clause ("told reporters that …").
_OBJECT_CUES = word_set(
    "tell tells told telling warn warns warned remind reminds reminded assure assures assured"
)


#: Pronouns that open a reported clause ("said after the vote he would …").
_SUBJECT_PRONOUNS = word_set("he she they we i it")


#: Verbs that report what a poll, study or record shows ("a poll found that …").
_FINDING_CUES = word_set(
    "show shows showed shown find finds found suggest suggests suggested indicate indicates"
)

#: Verbs that report a belief ("he believes that …").
_BELIEF_CUES = word_set("believe believes believed think thinks")

#: Head nouns of sources whose findings are reported.
_FINDING_SOURCES = word_set(
    """
    poll polls survey surveys study studies data report reports analysis research numbers
    figures results records documents evidence review audit investigation probe estimates
    """
)


#: Short words that stay lower-case in a title ("Meet the Press", "Game of Thrones").
_TITLE_SMALL_WORDS = word_set("a an the of and or to in on for with at by from is as nor but")


#: Words before a title in marks ("on “Meet the Press”", "the book “Destiny and Power”").
_BEFORE_TITLE = word_set(
    "on titled entitled book show film movie song album program "
    "programme series ad column essay article novel memoir play magazine newspaper"
)
