"""Quotes: spans in quote marks, kinds, cues and speakers, one test per pattern.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import newscli
from newscli.model import Person, Quote, Span
from newscli.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent


def quotes_of(text: str, people: tuple[Person, ...] = ()) -> tuple[Quote, ...]:
    article = newscli.parse(text)
    found = find_quotes(article, people)
    for q in found:
        assert article.text[q.start : q.end] == q.text
        for span in (q.speaker_mention, q.cue):
            if span is not None:
                assert article.text[span.start : span.end] == span.text
    return found


def marked(text: str, people: tuple[Person, ...] = ()) -> list[Quote]:
    return [q for q in quotes_of(text, people) if q.kind != "indirect"]


def person(text: str, name: str, *forms: str) -> Person:
    """A Person as the people analysis would give it: every mention of each form."""
    mentions = []
    for form in (name, *forms):
        start = text.find(form)
        while start >= 0:
            mentions.append(Span(form, start, start + len(form)))
            start = text.find(form, start + len(form))
    return Person(name=name, mentions=tuple(sorted(mentions, key=lambda s: s.start)))


# ---------------------------------------------------------------------------- quote marks

MARKS = [
    ('The mayor said: "We will rebuild the bridge."', "We will rebuild the bridge."),
    ("The mayor said: “We will rebuild the bridge.”", "We will rebuild the bridge."),
    ("The mayor said: ''We will rebuild the bridge.''", "We will rebuild the bridge."),
    ("Le maire a dit : « Nous reconstruirons le pont. »", "Nous reconstruirons le pont."),
    ("Der Bürgermeister sagte: „Wir bauen die Brücke neu.“", "Wir bauen die Brücke neu."),
    ("Mayor vows ‘we will rebuild the bridge’\n\nThe town met on Monday.", "we will rebuild the bridge"),
]


@pytest.mark.parametrize(("text", "quoted"), MARKS)
def test_every_style_of_quote_mark(text: str, quoted: str) -> None:
    assert [q.text for q in marked(text)] == [quoted]


APOSTROPHES = [
    "The Democrats’ plan does not add up, and voters don’t like it.",
    "It was the ’90s and the farmers’ market had closed.",
    "The farmers' union and the workers' council met on Monday.",
]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_never_pair(text: str) -> None:
    assert marked(text) == []


def test_a_quote_over_paragraphs_is_one_quote() -> None:
    text = (
        "The coach said the season was “the hardest we have had.\n\n"
        "“Nobody expected the injuries, and nobody expected the weather.”\n\n"
        "The club will vote in May."
    )
    (q,) = marked(text)
    assert q.text.startswith("the hardest") and q.text.endswith("the weather.")
    assert q.speaker == "The coach" or q.speaker_mention is not None


def test_an_unbalanced_mark_stops_at_the_paragraph() -> None:
    text = 'The clerk said "the files were lost.\n\nThe audit found nothing else. "It was clear," he added.'
    found = marked(text)
    assert all("\n\n" not in q.text for q in found)
    assert [q.text for q in found][-1] == "It was clear,"


def test_a_closing_mark_typed_at_the_start_opens_the_quote() -> None:
    text = "Readers wrote in.\n\n”The bridge must stay open.” — Maria Lopez, Leeds"
    (q,) = marked(text)
    assert (q.text, q.speaker) == ("The bridge must stay open.", "Maria Lopez")


def test_marks_of_another_family_nest_inside_a_quote() -> None:
    text = 'Ms Okafor wrote: "The sign said “Closed” all week, and nobody knew why."'
    (q,) = marked(text)
    assert q.text == "The sign said “Closed” all week, and nobody knew why."


def test_many_quote_marks_stay_linear() -> None:
    text = "He said " + '"a" ' * 100_000 + "and left."
    started = time.perf_counter()
    found = marked(text)
    assert len(found) == 100_000
    assert time.perf_counter() - started < 10


def test_unclosed_marks_in_a_long_paragraph_do_not_swallow_the_article() -> None:
    text = "“One " * 20_000 + "\n\nThe rest of the article is plain."
    started = time.perf_counter()
    found = marked(text)
    assert time.perf_counter() - started < 10
    assert all(q.end < text.index("The rest") for q in found)


# ---------------------------------------------------------------------------- kinds

KINDS = [
    ('"The vote is final," the judge said.', "direct"),
    ("The judge said the vote was “final and binding” for all members.", "partial"),
    ("The judge said the vote was final and that no appeal would be heard.", "indirect"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kinds(text: str, kind: str) -> None:
    assert [q.kind for q in quotes_of(text)] == [kind]


# ---------------------------------------------------------------------------- attribution

ATTRIBUTION = [
    # “Q,” X said.
    ("“We have enough water for the summer,” Maria Lopez said.", "Maria Lopez", "Maria Lopez", "said"),
    # “Q,” said X.
    ("“We have enough water for the summer,” said Maria Lopez.", "Maria Lopez", "Maria Lopez", "said"),
    # X said: “Q”
    ("Maria Lopez said: “We have enough water for the summer.”", "Maria Lopez", "Maria Lopez", "said"),
    # X told Y: “Q”
    ("Maria Lopez told reporters: “We have enough water.”", "Maria Lopez", "Maria Lopez", "told"),
    # inversion with a role before the name
    ("“Rates will fall,” said bank governor Tom Reed.", "Tom Reed", "Tom Reed", "said"),
    # a title before the name is not part of it
    ("Finance Minister Tom Reed said: “Rates will fall.”", "Tom Reed", "Tom Reed", "said"),
    # an apposition after the name: the mention is the whole source phrase, the speaker the name
    (
        "“Rates will fall,” Tom Reed, a former banker from Leeds, said.",
        "Tom Reed",
        "Tom Reed, a former banker from Leeds",
        "said",
    ),
    # a relative clause after the name likewise
    (
        "Tom Reed, who ran the bank for a decade, said “rates will fall”.",
        "Tom Reed",
        "Tom Reed, who ran the bank for a decade",
        "said",
    ),
    # a clause on "which" after a thing is not part of the source phrase
    (
        "The petition, which reached the court last May, alleged that the mill “ignored every warning”.",
        "The petition",
        "The petition",
        "alleged",
    ),
    # an aside between commas is not part of the source phrase
    ("“Rates will fall,” Tom Reed, however, said.", "Tom Reed", "Tom Reed", "said"),
    ("“Rates will fall,” Tom Reed, in a statement, said.", "Tom Reed", "Tom Reed", "said"),
    # an inverted cue: the apposition runs to the end of the clause
    (
        "“Rates will fall,” said Tom Reed, the chief economist at Harbour Bank.",
        "Tom Reed",
        "Tom Reed, the chief economist at Harbour Bank",
        "said",
    ),
    (
        "“Rates will fall,” said Tom Reed, managing director of Harbour Bank, at a dinner in York.",
        "Tom Reed",
        "Tom Reed, managing director of Harbour Bank",
        "said",
    ),
    ("“Rates will fall,” said Tom Reed, adding that he was sure.", "Tom Reed", "Tom Reed", "said"),
    # a place or firm after "of" belongs to the phrase
    (
        "“Rates will fall,” said Tom Reed of the Harbour Bank.",
        "Tom Reed",
        "Tom Reed of the Harbour Bank",
        "said",
    ),
    (
        "“Rates will fall,” said Tom Reed of the Council on Rivers in Leeds.",
        "Tom Reed",
        "Tom Reed of the Council on Rivers in Leeds",
        "said",
    ),
    # a nominal source followed by the name: the name speaks
    (
        "“Rates will fall,” said a spokeswoman for the bank, Maria Lopez.",
        "Maria Lopez",
        "a spokeswoman for the bank, Maria Lopez",
        "said",
    ),
    # a nominal source keeps what follows its head
    (
        "“Rates will fall,” said a statement from the two banks.",
        "a statement from the two banks",
        "a statement from the two banks",
        "said",
    ),
    (
        "A letter to the council members called the plan “a gamble”.",
        "A letter to the council members",
        "A letter to the council members",
        "called",
    ),
    # the source that reports the report
    (
        "“Rates will fall,” Tom Reed said, according to the Harbour Post.",
        "the Harbour Post",
        "the Harbour Post",
        "according to",
    ),
    # party and state in parentheses belong to the phrase
    ("“Rates will fall,” Sen. Tom Reed (R-Ohio) said.", "Tom Reed", "Tom Reed (R-Ohio)", "said"),
    # according to
    ("According to Maria Lopez, “the water will last”.", "Maria Lopez", "Maria Lopez", "According to"),
    # a non-person speaker keeps its description
    ("The Kremlin said the talks would be “long and difficult”.", "The Kremlin", "The Kremlin", "said"),
    (
        "A council spokesman said the road was “closed until further notice”.",
        "A council spokesman",
        "A council spokesman",
        "said",
    ),
    ("Officials said the border would stay “open for trade”.", "Officials", "Officials", "said"),
    # a cue with an adverb and a time between subject and verb
    ("Maria Lopez on Monday also said the plan was “a good start”.", "Maria Lopez", "Maria Lopez", "said"),
    # -ing cue: the subject of the clause
    ("Maria Lopez closed the meeting, saying “we will meet again”.", "Maria Lopez", "Maria Lopez", "saying"),
    # a dash before the name
    ("“Never give up” — Maria Lopez", "Maria Lopez", "Maria Lopez", "—"),
    # a phrasal cue
    ("“That is not true,” Maria Lopez shot back.", "Maria Lopez", "Maria Lopez", "shot back"),
]


@pytest.mark.parametrize(("text", "speaker", "mention", "cue"), ATTRIBUTION)
def test_attribution_patterns(text: str, speaker: str, mention: str, cue: str) -> None:
    q = marked(text)[0]
    assert q.speaker == speaker
    assert q.speaker_mention is not None and q.speaker_mention.text == mention
    assert q.cue is not None and q.cue.text == cue


MORE_ATTRIBUTION = [
    # a question mark ends the sentence for the splitter, the cue still follows
    ("“Who pays for the new stadium?” Maria Lopez asked.", "Maria Lopez", "asked"),
    # an aside in parentheses between the name and the cue
    ("“The vote is final,” Sen. Tom Reed (R-Ohio) said after the meeting.", "Tom Reed", "said"),
    # the party and state after the name are not the name
    ("“The vote is final,” Sen. Tom Reed, R-Ohio, said.", "Tom Reed", "said"),
    # a cue that ends the sentence, past the quote and a long apposition
    (
        "That would mean a “summer of delays” for the city, said Maria Lopez, a planner at the council.",
        "Maria Lopez",
        "said",
    ),
    # "put it"
    ("Or, as Maria Lopez put it: “The river always wins.”", "Maria Lopez", "put it"),
    # a cue after "to"
    ("Maria Lopez was quick to add that the plan was “only a first step”.", "Maria Lopez", "add"),
    # a person named before "of" a place
    ("“We will vote no,” council leader Tom Reed of North Harbour said.", "Tom Reed", "said"),
    # a title-case headline
    ("Mayor Lopez Says “The River Always Wins”\n\nThe town met on Monday.", "Lopez", "Says"),
    # a time phrase or the rest of a place name before the subject
    (
        "But a few days later, Maria Lopez reversed herself, calling the plan “a gamble”.",
        "Maria Lopez",
        "calling",
    ),
    (
        "Speaking at a rally in Leeds, West Yorkshire, Maria Lopez went after Reed, calling him “a stiff”.",
        "Maria Lopez",
        "calling",
    ),
    # a name before "of the" paper it writes for
    ("But commentator Tom Reed of the Harbour Review said it was “a gamble”.", "Tom Reed", "said"),
    # a title with "of" in it
    ("Former Secretary of State Maria Lopez urged voters to act, saying, “Go.”", "Maria Lopez", "saying"),
    # "Times" at the end of a name is no time word
    ("The Harbour Times reported that the plan was “a gamble”.", "The Harbour Times", "reported"),
    # a subject after a conjunction
    ("But Maria Lopez showed no sign of doubt, calling the plan “a good start”.", "Maria Lopez", "calling"),
    # "the Times" after its quote: a paper, not a time word
    ("“The bridge will close in May,” the Times wrote on Sunday.", "the Times", "wrote"),
    # "according to" right after a phrase in marks that ends in a comma; "news" is no plural
    (
        "The fund can be used “when the harvest fails,” according to the news agency.",
        "the news agency",
        "according to",
    ),
    # "Jr." before the cue belongs to the name
    ("Tom Reed Jr. later joked that losing would be “a relief”.", "Tom Reed Jr", "joked"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), MORE_ATTRIBUTION)
def test_more_attribution_patterns(text: str, speaker: str, cue: str) -> None:
    q = marked(text)[0]
    assert q.speaker == speaker
    assert q.cue is not None and q.cue.text == cue


SUBJECTS = [
    # observers and organizers are people who speak (lexicon of speaker nouns)
    ("Legal observers note the council would not truly “close” the bridge.", "Legal observers"),
    ("Organizers call the march a “family day” for the town.", "Organizers"),
    # a participle speaks for the subject of its clause, not the noun before it
    ("The council sent an email on Friday saying “the bridge is safe”.", "The council"),
    # a noun after a preposition is not the subject of the cue
    ("Residents marching through the streets chanted “open the bridge”.", "Residents"),
    # the apposition of a subject before a verb that is not a cue
    ("Maria Lopez, the head of the council, called the plan “a gamble”.", "Maria Lopez"),
    # a capitalised quantity opens a nominal phrase
    (
        "Hundreds of angry farmers marched through Leeds, chanting “no more cuts”.",
        "Hundreds of angry farmers",
    ),
    # a hyphenated modifier on a name that ends in "s" is no plural head
    (
        "Dozens of pro-Reeves farmers gathered outside the hall, chanting “no more cuts”.",
        "Dozens of pro-Reeves farmers",
    ),
    # a name that ends like a participle is still a subject; its apposition stays with it
    ("Reed, Leeds’s former mayor, also attacked Lopez, calling her “a loser”.", "Reed"),
    # a long apposition with commas of its own
    (
        "“We will see,” Tom Reed, a fellow at the Institute for Rivers, which studies floods, said.",
        "Tom Reed",
    ),
    # a place inside the apposition is skipped
    ("Maria Lopez, 59, of Leeds, who watched from the bank, said it was “a relief”.", "Maria Lopez"),
    # a cue that is also a noun, after a thing that carries words
    ("“Rates will fall,” the new ad states.", "the new ad"),
    # an adjective in -ed before a described person
    ("“Rates will fall,” said undecided voter Maria Lopez.", "Maria Lopez"),
    # the source that reports the report, at the end of the sentence
    ("Fans chanted, “Build a bridge,” referring to the plan, the Harbour Post reports.", "the Harbour Post"),
    ("Reed noted that the plan is “central” to the deal, reported the Harbour Post.", "the Harbour Post"),
    # a cue that is also a plural noun, inverted after a comma
    ("“The bridge will close,” said Tom Reed, head of the board, reports Harbour Radio.", "Harbour Radio"),
    ("“The vote was a mistake, and everyone knows it,” writes Maria Lopez.", "Maria Lopez"),
    ("“When does it end?” the judge said, according to the Post.", "the Post"),
    # a participle after "with" or "of" a person belongs to that person
    ("The firm declined to comment, with spokesman Tom Reed saying, “We never comment.”", "Tom Reed"),
    ("The ad ends with footage of Maria Lopez saying, “That makes me smart.”", "Maria Lopez"),
    # an adverb or a verb in -s ends the subject
    ("A campaign official later walked back the remarks, calling them “a mistake”.", "A campaign official"),
    ("The council’s letter makes a simple case: “Open the bridge.”", "The council’s letter"),
    # a past tense verb ends the subject
    ("The new mayor began by calling the plan “a gamble”.", "The new mayor"),
    # the named report holds the pronoun's report
    ("Maria Lopez said she remembered thinking, “This is the end.”", "Maria Lopez"),
    # a progressive cue after "already" or "still"
    (
        "Ballots are still being counted, yet the Lopez campaign is already claiming a “clean sweep”.",
        "the Lopez campaign",
    ),
    # an apposition whose closing comma is missing
    (
        "Maria Lopez, the press secretary for the Harbour Party said in a statement: “No recount.”",
        "Maria Lopez",
    ),
    # a noun in "-ly" is no adverb
    ("Reed’s family has urged the council to publish “every single page”.", "Reed’s family"),
    # a verb with a particle after a name ends the name ("takes up")
    ("Mr Reed takes up the point, noting that the town will soon need “a second bridge”.", "Reed"),
    # "pointed out" is a cue ("pointed" alone is not)
    ("The old ferryman pointed out that the bridge was “a relic of another age”.", "The old ferryman"),
    # past a belief: the one who reports what others were saying
    ("Maria Lopez said she felt they were telling her, “Stay home and wait.”", "Maria Lopez"),
    # a phrase on a preposition after a subject noun, up to its verb, is part of the source
    (
        "A memo to the harbour committee asks the town to act by declaring a “state of emergency”.",
        "A memo to the harbour committee",
    ),
    (
        "Huge banners hanging over the square carried one slogan: “Open the bridge.”",
        "Huge banners hanging over the square",
    ),
    (
        "Many farmers in the northern valleys quickly attacked the plan, calling it “a disaster”.",
        "Many farmers in the northern valleys",
    ),
    # a noun after a determiner in that phrase is no verb ("the report"); "by" links too
    ("A table in the report makes the point clear: “These figures are estimates.”", "A table in the report"),
    (
        "A protest by farmers from both valleys on Sunday called the harbour tax “a theft”.",
        "A protest by farmers from both valleys on Sunday",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECTS)
def test_subjects(text: str, speaker: str) -> None:
    assert marked(text)[0].speaker == speaker


def test_mixed_straight_and_curly_marks_close_the_quote() -> None:
    text = '"We should oppose that,” said Tom Reed. The meeting ended at noon.'
    (q,) = marked(text)
    assert (q.text, q.speaker) == ("We should oppose that,", "Tom Reed")


def test_a_name_after_a_preposition_before_a_colon_is_spoken_to() -> None:
    text = "Council leader Maria Lopez had a short answer for Tom Reed: “Stop attacking the town.”"
    assert marked(text)[0].speaker == "Maria Lopez"


def test_a_cue_before_a_colon_belongs_to_the_next_quote() -> None:
    text = "“We are tired,” Ms Lopez said. “We are angry.” Mr Reed said: “We will stay.”"
    first, second, third = marked(text)
    assert first.speaker_mention is not None and first.speaker_mention.text == "Ms Lopez"
    assert second.speaker_mention is not None and second.speaker_mention.text == "Ms Lopez"
    assert third.speaker_mention is not None and third.speaker_mention.text == "Mr Reed"


def test_a_quote_paragraph_after_a_reporting_paragraph() -> None:
    text = "Maria Lopez was quick to add that the vote would go ahead.\n\n“No delays. None at all.”"
    (q,) = marked(text)
    assert q.speaker == "Maria Lopez"


def test_a_quote_paragraph_continues_the_report_that_opens_the_sentence_before() -> None:
    text = (
        "Tom Reed argued in a long essay for the Harbour Post that members currently pledged to Lopez "
        "could change sides.\n\n“A loss in Leeds would change everything for the council.”"
    )
    (q,) = marked(text)
    assert q.speaker == "Tom Reed"


def test_a_quote_paragraph_after_a_sentence_where_the_person_spoke() -> None:
    text = (
        "What “a fresh start” will mean is unclear, because Lopez spoke only in general terms "
        "at the hearing.\n\n“We have to do something about the bridge.”"
    )
    assert marked(text)[1].speaker == "Lopez"


def test_a_quote_right_after_another_quote_has_its_speaker() -> None:
    text = (
        "What “a fresh start” will mean is unclear, because Lopez spoke only in general terms "
        "at the hearing.\n\n“We have to do something about the bridge.”\n“We have to be faster.”"
    )
    assert [q.speaker for q in marked(text)[1:]] == ["Lopez", "Lopez"]


def test_a_question_put_to_the_subject_is_said_by_nobody_in_the_sentence() -> None:
    text = "Asked whether the mayor is “fit to lead the town,” 60 percent of voters said yes."
    (q,) = marked(text)
    assert q.speaker is None


def test_a_subject_alleged_to_have_said_something_said_it() -> None:
    text = "Tom Reed is alleged to have said that the new bridge was “a fraud from the start”."
    assert marked(text)[0].speaker == "Tom Reed"


PASSIVE_CUES = [
    # a cue in the passive voice: what is reported on is not who speaks
    "The new bridge is described in the council’s brochure as a “landmark”.",
    "Council leader Tom Reed was said to be “livid” about the vote.",
    # (a phrase in title case after such a cue is still a quotation)
    "After the panel checked the figure, the claim was labeled “Largely Accurate.”",
]


@pytest.mark.parametrize("text", PASSIVE_CUES)
def test_a_cue_in_the_passive_voice_has_no_speaker(text: str) -> None:
    assert marked(text)[0].speaker is None


def test_a_passive_cue_gives_way_to_the_report_after_it() -> None:
    text = "Voters are asked to pick a design, and most expect the plain one to be “the winner,” Reed said."
    assert marked(text)[0].speaker == "Reed"


def test_a_signature_line_after_a_quote_paragraph() -> None:
    text = "“Great speech. The town is ready for it.”\n\n— Maria Lopez, Leeds\n\nMore letters follow."
    (q,) = marked(text)
    assert q.speaker == "Maria Lopez"


def test_a_subject_that_does_not_speak_is_not_a_speaker() -> None:
    text = "The photo shows the mayor beside a banner reading “Leeds first”."
    (q,) = marked(text)
    assert q.speaker is None


TITLES = [
    "Maria Lopez said on “Meet the Voters” that the plan was fair.",
    "Supporters tagged “realTomReed” all night.",
    "The town watched “The Long River” on Sunday.",
    "Maria Lopez said on the BBC’s “Morning Report” that the plan was fair.",
]


@pytest.mark.parametrize("text", TITLES)
def test_titles_and_handles_are_not_quotations(text: str) -> None:
    assert marked(text) == []


def test_a_split_quote_has_one_speaker() -> None:
    text = "“We tried,” Maria Lopez said, “and we will try again.”"
    found = marked(text)
    assert [q.text for q in found] == ["We tried,", "and we will try again."]
    assert {q.speaker for q in found} == {"Maria Lopez"}


def test_a_cue_inside_the_sentence_between_commas() -> None:
    text = "The answer, Maria Lopez said, was “more buses and fewer cars”."
    (q,) = marked(text)
    assert q.speaker == "Maria Lopez" and q.cue is not None and q.cue.text == "said"


def test_a_colon_paragraph_introduces_the_quote_after_it() -> None:
    text = "Maria Lopez wrote to the council:\n\n“The library must stay open on Sundays.”"
    (q,) = marked(text)
    assert q.speaker == "Maria Lopez"


def test_a_quote_paragraph_without_a_cue_continues_the_speaker_before() -> None:
    text = (
        "“The library must stay open,” Maria Lopez said.\n\n"
        "“Children need somewhere quiet to read after school.”"
    )
    first, second = marked(text)
    assert second.speaker == first.speaker == "Maria Lopez"
    assert second.speaker_mention == first.speaker_mention


def test_a_quote_after_a_reporting_sentence_takes_its_speaker() -> None:
    text = "Maria Lopez says the plan is fair. “Nobody loses anything.”"
    (q,) = marked(text)
    assert q.speaker == "Maria Lopez"


# ---------------------------------------------------------------------------- pronouns


def test_he_resolves_to_the_person_and_keeps_the_word() -> None:
    text = "Tom Reed spoke in Leeds. “We will win,” he said."
    (q,) = marked(text)
    assert q.speaker == "Tom Reed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_she_skips_a_man_named_in_between() -> None:
    text = "Ms Lopez met Mr Reed in Leeds. “We agreed on nothing,” she said."
    people = (person(text, "Maria Lopez", "Lopez"), person(text, "Tom Reed", "Reed"))
    (q,) = marked(text, people)
    assert q.speaker == "Maria Lopez"


def test_a_bare_surname_shared_by_husband_and_wife_follows_the_pronoun() -> None:
    text = (
        "Maria Reed, whose husband Tom Reed led the rescue, spoke on Monday. Tom Reed was not there. "
        "Reed said she had no quarrel with Kiran Okafor over the vote. “They never gave up,” she said."
    )
    # the people analysis filed the bare "Reed" under the husband; both go by "Reed"
    bare = text.index("Reed said")
    tom_mentions = (*person(text, "Tom Reed").mentions, Span("Reed", bare, bare + 4))
    tom = Person("Tom Reed", ("Reed",), ("husband",), tom_mentions)
    maria = Person("Maria Reed", ("Reed",), (), person(text, "Maria Reed").mentions)
    (q,) = marked(text, (tom, maria, person(text, "Kiran Okafor")))
    assert q.speaker == "Maria Reed"


def test_a_name_in_an_opening_participle_phrase_gives_way_to_the_subject() -> None:
    text = (
        "Questioned about his feud with Tom Reed, Jim Hall called it normal politics and, he said, "
        "“nothing personal at all”."
    )
    (q,) = marked(text)
    assert q.speaker == "Jim Hall"


def test_every_name_in_an_opening_participle_phrase_gives_way() -> None:
    text = "Questioned about Tom Reed and Jim Hall, Sam Okafor gave a long answer. “We will see,” he said."
    people = tuple(person(text, name) for name in ("Tom Reed", "Jim Hall", "Sam Okafor"))
    (q,) = marked(text, people)
    assert q.speaker == "Sam Okafor"


def test_the_subject_of_the_sentence_wins_over_a_later_name() -> None:
    text = "Tom Reed said he wanted to meet Mr Xi – “I hope he listens,” he said."
    (q,) = marked(text)
    assert q.speaker == "Tom Reed"


def test_a_pronoun_out_of_reach_takes_the_person_the_article_is_about() -> None:
    text = (
        "Anna Berg runs the harbour school. Berg came in 2001. Berg still teaches.\n\n"
        "The school has ten rooms. The rooms are old. The roof leaks. The yard is small. "
        "The gate is new. The bus stops outside. The canteen opens at noon. The hall is big.\n\n"
        "“We make do,” she said."
    )
    people = (person(text, "Anna Berg", "Berg"),)
    (q,) = marked(text, people)
    assert q.speaker == "Anna Berg"


def test_a_title_case_headline_is_not_a_speaker_name() -> None:
    text = "Mayor Scolds Tom Reed For Late Budget\n\n“We will pay,” Reed said on Monday."
    people = (person(text, "Mayor Scolds Tom Reed For Late Budget", "Reed"),)
    (q,) = marked(text, people)
    assert q.speaker == "Reed"


def test_a_four_word_name_found_only_in_the_first_line_is_a_headline() -> None:
    text = (
        "date 2024-05-01\n\nTom Reed Beats Establishment in the Vote.\n\n“We will pay,” Reed said on Monday."
    )
    people = (person(text, "Tom Reed Beats Establishment", "Reed"),)
    (q,) = marked(text, people)
    assert q.speaker == "Reed"


CUT_CLAUSES = [
    # a clause cut by the next quote is a report of its own, not part of the source phrase
    (
        "“Prices are falling,” said Ann Cole, a broker who noted that some courses had "
        "“lost their shine” in the slump.",
        "Ann Cole, a broker",
    ),
    ("“Prices are falling,” said Mr. Cole, who noted that some courses had “lost their shine”.", "Mr. Cole"),
    # a whole clause stays
    (
        "“Prices are falling,” said Mr. Cole, who works as a broker. “I see it daily.”",
        "Mr. Cole, who works as a broker",
    ),
]


@pytest.mark.parametrize(("text", "mention"), CUT_CLAUSES)
def test_a_clause_cut_by_a_quote_is_left_out_of_the_source(text: str, mention: str) -> None:
    q = marked(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_dateline_in_capitals_is_not_the_subject_of_a_phrase_in_marks() -> None:
    text = (
        "Tenders Sought.\n\nPORT TALBOT, Wales -- Rust covers the old mill, a site known as the “iron yard.”"
    )
    (q,) = marked(text)
    assert q.speaker is None


def test_two_plural_nouns_joined_are_one_source() -> None:
    text = "According to his friends and advisers, the mayor regards the plan as “a dead end.”"
    (q,) = marked(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "his friends and advisers"


def test_a_pronoun_prefers_a_person_of_its_gender_to_a_name_of_unknown_gender() -> None:
    text = "At Harbour Point, Ann Vance runs the club. “We are full,” she said."
    people = (person(text, "Harbour Point"), person(text, "Ann Vance"))
    (q,) = marked(text, people)
    assert q.speaker == "Ann Vance"


def test_of_two_persons_in_one_source_phrase_the_last_speaks() -> None:
    text = "“It is time,” said Reed Challenger Ann Vance."
    people = (person(text, "Tom Reed", "Reed"), person(text, "Ann Vance"))
    (q,) = marked(text, people)
    assert q.speaker == "Ann Vance"


def test_a_state_after_a_place_is_not_the_speaker() -> None:
    text = "Jo Wilson, of Springfield, Va., said the museum was “long overdue.”"
    (q,) = marked(text, (person(text, "Jo Wilson"),))
    assert q.speaker == "Jo Wilson"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Jo Wilson, of Springfield, Va."


def test_an_honorific_at_the_mention_gives_its_gender() -> None:
    # the people analysis may join husband and wife under one name
    text = "Mrs. Cole backed the plan while Dan Fry opposed it. “It is a mistake,” he said."
    people = (person(text, "Bill Cole", "Cole"), person(text, "Dan Fry"))
    (q,) = marked(text, people)
    assert q.speaker == "Dan Fry"


def test_a_verb_in_a_title_case_line_is_not_part_of_the_name() -> None:
    text = "Speeches.\n\nAnn Marie Vance Praised “The Harbour Workers Of Leith.” “They built this town.”"
    q = marked(text)[0]
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ann Marie Vance"


def test_an_abbreviated_state_before_a_comma_does_not_end_the_cue_search() -> None:
    text = "“Perpetual motion!” Jo Hall, R-Pa., said of the crowd."
    (q,) = marked(text)
    assert q.speaker == "Jo Hall"


ROLE_WITH_OF = [
    # a role on "of" before a name: the name speaks, the role is part of the source phrase
    (
        "“We are ready,” said former secretary of state Ann Vance.",
        "Ann Vance",
        "former secretary of state Ann Vance",
    ),
    ("“Thanks, all,” said master of ceremonies Jo Hall.", "Jo Hall", "master of ceremonies Jo Hall"),
    # a place after "of" is not the speaker
    ("“We are ready,” said voter Ann Vance of Derry.", "Ann Vance", "voter Ann Vance of Derry"),
]


@pytest.mark.parametrize(("text", "speaker", "mention"), ROLE_WITH_OF)
def test_a_role_on_of_before_a_name(text: str, speaker: str, mention: str) -> None:
    (q,) = marked(text)
    assert q.speaker == speaker
    assert q.speaker_mention is not None and q.speaker_mention.text == mention


def test_a_past_tense_verb_right_after_a_name_ends_the_phrase() -> None:
    text = "And then Reed went fully on the attack, saying, “It is over.”"
    (q,) = marked(text)
    assert q.speaker_mention is not None and q.speaker_mention.text == "Reed"


def test_who_resolves_to_the_name_before_it() -> None:
    text = "The minister phoned Mr Reed, who said they had discussed “the future of the port”."
    (q,) = marked(text)
    assert q.speaker == "Reed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "who"


def test_a_surname_maps_to_the_people_analysis_name() -> None:
    text = "Tom Reed arrived late. “Sorry,” Reed said."
    people = (person(text, "Tom Reed", "Reed"),)
    (q,) = marked(text, people)
    assert q.speaker == "Tom Reed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Reed"


def test_an_honorific_stays_in_the_mention() -> None:
    text = "Tom Reed arrived late. “Sorry,” Mr Reed said."
    (q,) = marked(text)
    assert q.speaker == "Tom Reed"
    assert q.speaker_mention is not None and q.speaker_mention.text == "Mr Reed"


def test_it_takes_the_body_that_spoke_last() -> None:
    text = "The firm said profits had fallen sharply. It added that the plant would stay open."
    second = quotes_of(text)[1]
    assert second.speaker_mention is not None and second.speaker_mention.text == "It"
    assert second.speaker == "The firm"


# ---------------------------------------------------------------------------- indirect

INDIRECT = [
    (
        "Maria Lopez said that the bridge would reopen in May.",
        "the bridge would reopen in May",
        "Maria Lopez",
    ),
    ("Maria Lopez said the bridge would reopen in May.", "the bridge would reopen in May", "Maria Lopez"),
    ("The bridge would reopen in May, officials said.", "The bridge would reopen in May", "officials"),
    ("The bridge would reopen in May, said Maria Lopez.", "The bridge would reopen in May", "Maria Lopez"),
    (
        "According to Maria Lopez, the bridge would reopen in May.",
        "the bridge would reopen in May",
        "Maria Lopez",
    ),
    (
        "Maria Lopez told reporters on Monday that the bridge would reopen.",
        "the bridge would reopen",
        "Maria Lopez",
    ),
    ("A new poll found that most voters back the plan.", "most voters back the plan", "A new poll"),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), INDIRECT)
def test_indirect_patterns(text: str, clause: str, speaker: str) -> None:
    (q,) = quotes_of(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", clause, speaker)


NOT_INDIRECT = [
    "The plan did not say that the bridge would reopen.",
    "The report, which he said was late, arrived on Monday.",
    "In a speech last July, he praised the workers.",
    "Maria Lopez said nothing.",
]


@pytest.mark.parametrize("text", NOT_INDIRECT)
def test_no_indirect_quote(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_no_indirect_quote_inside_a_quote() -> None:
    text = "Maria Lopez said: “I think that the bridge will reopen. Nor do I think it will be late.”"
    assert [q.kind for q in quotes_of(text)] == ["direct"]


# ---------------------------------------------------------------------------- the sample


def test_the_seed_article() -> None:
    text = (ROOT / "samples" / "seed.txt").read_text(encoding="utf-8")
    found = quotes_of(text)
    by_start = {q.text[:25]: q for q in found}

    def speaker(prefix: str) -> tuple[str | None, str | None]:
        q = by_start[prefix]
        return q.speaker, q.speaker_mention.text if q.speaker_mention else None

    assert speaker("comprehensive partnership")[0] == "The Kremlin"
    assert speaker("an objective and fair pos")[0] == "Hua Chunying"
    assert speaker("play a constructive role ")[0] == "Hua Chunying"
    assert speaker("I really want to believe ") == ("Volodymyr Zelensky", "he")
    assert speaker("I don’t think China has r")[0] == "Kuleba"
    assert speaker("that China and Russia are")[0] == "Kuleba"
    assert by_start["that China and Russia are"].text.endswith("that China is talking to them.")
    assert speaker("a very good thing if the ")[0] == "US National Security Council spokesman"
    assert speaker("significance of the princ") == ("Kuleba", "who")
    assert speaker("China’s President Xi Jinp")[0] == "officials"
    assert by_start["China’s President Xi Jinp"].kind == "indirect"
    assert sum(q.kind != "indirect" for q in found) == 8
