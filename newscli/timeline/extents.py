"""Extents: where the temporal expressions are, as TimeML marks them.

One pattern per kind of expression (a rule), tried in priority order at the word starts
near a trigger word; the first rule that matches wins, as in one alternation of them all
(the tests check that they agree). Only the rules that may open with the first letters at
a word start are tried (``OPENINGS``), and only in a sentence that holds the words a match of
them needs (``NEEDS``: "ago" needs "ago", "earlier", "now" or "hence"); each is compiled the
first time it is tried, so a process pays for the patterns it uses, a few milliseconds.
Month names are marked in the text beforehand (:func:`mark_months`) and modifiers ("early",
"at least") matched apart (``MODIFIED``), rather than spelled out in every rule. The normaliser
(:mod:`newscli.timeline.values`) reads the words of the match. Rules are ordered longest
first where they share a start. Extents leave out prepositions ("on Thursday" gives
"Thursday") and keep determiners and modifiers ("the last week", "early December").

No quantifier is nested over overlapping classes, so matching is linear in the text.
"""

from __future__ import annotations

import re

from newscli.timeline.lexicon import DECADE_WORDS, SEASONS, WEEKDAYS
from newscli.wordlists import word_set

#: Month names are not spelled out in the patterns (a dozen copies of one long alternation
#: made them slow to compile): :func:`mark_months` first overwrites each month name of a
#: sentence with a marker letter repeated over its length, so offsets do not move and ``\b``
#: still holds around it. Markers are letters of the Yi syllabary, which English news does
#: not use (any already in a sentence are masked). ``_MONTH`` is any month name, ``_MONTH_ALONE``
#: one that names a month with nothing around it.
_MARK_ALONE = "\ua000"
_MARK_ABBREV = "\ua001"
_MARK_MAY = "\ua002"
_MONTH = r"(?:[\ua000-\ua002]+(?!\w))"
_MONTH_ALONE = r"(?:\ua000+(?!\w))"
#: Month spellings, with a full stop where it belongs to the spelling: those that name a
#: month alone, and abbreviations (and capitals) that need a day or a year beside them. Case
#: matters: "march" and "may" are verbs.
MONTH_ALONE = word_set(
    "Jan. January Feb. February March April June July Aug. August Sept. September Oct. October "
    "Nov. November Dec. December"
)
MONTH_ABBREV = word_set(
    "Jan Feb Mar. Apr Apr. Jun. Jul. Aug Sep. Sept Oct Nov Dec JANUARY FEBRUARY MARCH APRIL JUNE JULY "
    "AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER"
)
_MONTH_WORDS = frozenset(w.rstrip(".") for w in MONTH_ALONE | MONTH_ABBREV) | {"May"}
#: The month names lower-cased: a sentence without one of them has no month to mark.
MONTH_LETTERS = frozenset(w.lower() for w in _MONTH_WORDS)
_MARKERS = re.compile("[\ua000-\ua002]")
_WORD_CHAR = re.compile(r"\w")


_MONTH_CANDIDATE = re.compile(
    r"(?<!\w)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[A-Za-z]*"
)


def mark_months(text: str) -> str:
    """``text`` with each month name (see ``_MONTH``) overwritten by its marker letter.

    A name must stand after a non-word character and before one; "Jan." keeps its full stop
    when a non-word character follows it.
    """
    marks: list[tuple[int, int, str]] = []
    for m in _MONTH_CANDIDATE.finditer(text):
        s, w = m.start(), m.group()
        if w not in _MONTH_WORDS:
            continue
        e = s + len(w)
        if _WORD_CHAR.match(text, e):
            continue
        dotted = text.startswith(".", e) and not _WORD_CHAR.match(text, e + 1)
        if w == "May":
            marks.append((s, e, _MARK_MAY))
        elif dotted and w + "." in MONTH_ALONE:
            marks.append((s, e + 1, _MARK_ALONE))
        elif dotted and w + "." in MONTH_ABBREV:
            marks.append((s, e + 1, _MARK_ABBREV))
        elif w in MONTH_ALONE:
            marks.append((s, e, _MARK_ALONE))
        elif w in MONTH_ABBREV:
            marks.append((s, e, _MARK_ABBREV))
    if not marks:
        return text
    text = _MARKERS.sub("x", text)
    pieces: list[str] = []
    last = 0
    for s, e, mark in marks:
        pieces.append(text[last:s])
        pieces.append(mark * (e - s))
        last = e
    pieces.append(text[last:])
    return "".join(pieces)


_WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
_YEAR = r"(?<![\d$.,])(?<![£€])(?:1[0-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d)"
_SEP = r",?\s+"
#: A year in words: "nineteen ninety-six", "two thousand and one".
_SPOKEN_YEAR = (
    r"(?:(?:nineteen|eighteen)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)\b"
)
#: A number in words. Word lists are written with the letters they share spelled once where
#: that keeps their order ("(?:twen|thir|...)ty" for "twenty|thirty|..."): a pattern costs
#: about a microsecond per character to compile in every process.
_NUMW = (
    r"(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ](?:one|two|three|four|five|six|seven|eight"
    r"|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|hundred|a\s+(?:hundred|dozen)|dozen|a\s+couple(?:\s+of)?"
    r"|couple\s+of|a\s+few|few|several|some|many)"
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+\s+1/2|\d+(?:\.\d+)?|" + _NUMW + r"|a|an|a\s+single)"
_UNIT = (
    r"(?:(?:trading|business|working|calendar|school)\s+)?"
    r"(?:(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|century|centuries)\b"
    r"(?!-(?:ago|earlier|end|long|old)\b)"
)
_UNIT_SG = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_VAGUE_PL = r"(?:(?:second|minute|hour|day|week|month|year|decade)s|centuries)\b"
_SEASON = r"(?:spring|summer|fall|autumn|winter)\b"
_PART = r"(?:morning|afternoon|evening|night|overnight)\b"
_PERIOD = r"(?:week|weekend|month|year|quarter|season|decade|century|spring|summer|fall|autumn|winter)\b"
_REL = (
    r"(?:this|next|last|past|coming|previous|following|current|same|final|recent|this\s+past"
    r"|the\s+(?:past|last|next|coming|previous|following|current|same|final|latest|whole|entire)|that)"
)
_MOD = (
    r"(?:(?:early|earlier|late|later|mid|end|start|the\s+(?:(?:end|beginning|start|middle|close|turn|rest"
    r"|(?:first|second)\s+half)\s+of|early|late|mid))(?:\s+|-))"
)
_DMOD = r"(?:(?:about|nearly|almost|more\s+than|less\s+than|over|at\s+least|roughly|up\s+to|only|just"
_DMOD += r"|another|some|approximately|around|fewer\s+than|at\s+most|the\s+better\s+part\s+of)\s+)"
_ORD_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last(?=[- ]half))"
_CLOCK = (
    r"(?:\d{1,2}(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|\d{1,2}:[0-5]\d\b|noon\b|midnight\b|midday\b|\d{1,2}\s+o'clock\b"
    r"|\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening)|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC)\b))"
)
#: Time zones. "[ECMP]ST|[ECMP]DT" rather than "[ECMP][SD]T": ignoring case, a class holding
#: "s" also holds the long s (U+017F), and with "d" beside it the compiler builds a 64K-entry
#: table for it (~0.2 ms a copy).
_ZONE_NAME = r"(?:[ECMP]ST|[ECMP]DT|GMT|UTC|BST|CET)"
_ZONE = r"(?:\s+" + _ZONE_NAME + r"\b|\s+\(" + _ZONE_NAME + r"\))?"
_DAYREF = r"(?:" + _WEEKDAY + r"|today|tonight|yesterday|tomorrow)"


_HOLIDAY_CAP = r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?"
_HOLIDAY_CAP += r"|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|Boxing\s+Day"
_HOLIDAY_CAP += r"|Armistice\s+Day|Bastille\s+Day|Labor\s+Day|Memorial\s+Day|Mother['’]s\s+Day"
_HOLIDAY_CAP += r"|Father['’]s\s+Day|Martin\s+Luther\s+King\s+Day|Presidents\s+Day"
_HOLIDAY_CAP += r"|Easter(?:\s+(?:Sunday|Monday|Day))?|Good\s+Friday|Election\s+Day)\b"

#: The rules, in priority order: (name, pattern).
RULES: tuple[tuple[str, str], ...] = (
    ("iso", r"\b\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?(?![\d-])"),
    ("slash", r"(?<![\d/.])(?:[0-3]?\d)/(?:[0-3]?\d)/(?:\d{4}|\d\d)(?![\d/])"),
    ("dotted", r"(?<![\d.])(?:[0-3]?\d)\.(?:[01]?\d)\.(?:\d{4})(?![\d.])"),
    (
        "clock",
        r"\b"
        + _CLOCK
        + _ZONE
        + r"(?:,?\s+"
        + _DAYREF
        + r"(?:,?\s+"
        + _MONTH
        + r"\s+"
        + _DAY
        + r")?"
        + r"|,?\s+"
        + _MONTH
        + r"\s+"
        + _DAY
        + r"(?:,?\s+"
        + _YEAR
        + r")?)?",
    ),
    (
        "wdate",
        r"\b"
        + _WEEKDAY
        + r",?\s+(?:"
        + _MONTH
        + r"\s+"
        + _DAY
        + r"|"
        + _DAY
        + r"\s+"
        + _MONTH
        + r"|the\s+"
        + _DAY
        + r")(?:"
        + _SEP
        + _YEAR
        + r")?",
    ),
    ("mdy", r"\b" + _MONTH + r"\s*" + _DAY + r"(?:" + _SEP + _YEAR + r")?"),
    ("dmy", r"(?:\bthe\s+)?\b" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r"(?:" + _SEP + _YEAR + r")?"),
    ("my", r"\b" + _MONTH + r"(?:\s+of)?,?\s+(?:" + _YEAR + r"|" + _SPOKEN_YEAR + r")"),
    ("mrel", r"\b" + _MONTH + r"\s+(?:(?:of\s+)?(?:this|last|next)\s+year)\b"),
    ("qshort", r"\b(?-i:[QH][1-4])(?:\s+|-|/)?(?:" + _YEAR + r"|['’]?\d\d\b)?(?![\w-])"),
    ("fy", r"\b(?-i:FY)\s?(?:" + _YEAR + r"|\d\d\b)"),
    (
        "quarter",
        r"(?:\b(?:the|a|its|their|this|last|next|that)\s+)?(?:(?:this|last|next)\s+year['’]s\s+)?"
        r"(?:(?:fiscal|calendar|latest|current|same|flat|strong|weak|year-ago|year-earlier|comparable"
        r"|corresponding|previous|prior)\s+)?(?:fiscal\s+)?\b" + _ORD_Q + r"(?:[- ]|\s+fiscal\s+)"
        r"(?:quarter|half|period)\b(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?:"
        + _YEAR
        + r"|this\s+year|last\s+year|next\s+year))?",
    ),
    (
        "yquarter",
        r"\b(?:the\s+)?(?:fiscal\s+)?"
        + _YEAR
        + r"\s+(?:(?:fiscal\s+)?(?:first|second|third|fourth)[- ])?(?:quarter|period)\b",
    ),
    (
        "quarter_rel",
        r"\b(?:(?:the|this|last|next)\s+)?(?:(?:comparable|corresponding|same)\s+)?"
        r"(?:year-ago|year-earlier|latest|current|same|previous|prior|comparable|corresponding|recent"
        r"|last\s+year['’]s|this\s+year['’]s)\s+(?:quarter|period|three\s+months)\b"
        r"(?:\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)|of\s+" + _YEAR + r"))?"
        r"|\bthe\s+quarter\s+a\s+year\s+(?:ago|earlier)\b"
        r"|\bthe\s+quarter\b(?!-|\s+of\s+a\b|\s+point)"
        r"|\bthe\s+period\b(?=\s*(?:'s|’s|\s+ended|\s+ending|\s+a\s+year))"
        r"|\b(?:year-earlier|year-ago)\b",
    ),
    (
        "ago",
        r"\b"
        + _NUM
        + r"(?:\s+or\s+so)?\s+(?:more\s+)?"
        + _UNIT
        + r"(?:\s+or\s+so)?\s+(?:ago|earlier|before\s+now|hence|from\s+now)\b",
    ),
    (
        "rel_wd",
        r"\b(?:this|next|last|past|coming|this\s+past|the\s+previous"
        r"|the\s+following|the\s+next)\s+" + _WEEKDAY + r"(?:\s+" + _PART + r")?",
    ),
    (
        "relmod",
        r"\b(?:(?:early|earlier|late|later|mid|the\s+(?:end|beginning|start|middle|rest|remainder"
        r"|(?:first|second)\s+half|turn|close)\s+of)(?:\s+|-))?"
        + _REL
        + r"\s+(?:(?:fiscal|calendar)\s+)?"
        + _PERIOD,
    ),
    (
        "relmonth",
        r"\b(?:this|next|last|this\s+past|past)\s+" + _MONTH + r"(?:\s*" + _DAY + r")?",
    ),
    (
        "season_y",
        r"(?:\b(?:the\s+)?"
        + _MOD
        + r")?\b(?:the\s+)?"
        + _SEASON
        + r"(?:\s+of)?\s+(?:"
        + _YEAR
        + r"|"
        + _SPOKEN_YEAR
        + r")",
    ),
    (
        "decade",
        r"(?:\bthe\s+)?(?:"
        + _MOD
        + r")?(?:\b(?:1\d|20)\d0s\b|['’]\d0s\b|\b(?:"
        + "|".join(DECADE_WORDS)
        + r")\b)",
    ),
    (
        "century",
        r"(?:\bthe\s+)?(?:" + _MOD + r")?\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth"
        r"|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
        r"|twentieth|twenty-first)[- ]century\b",
    ),
    ("holiday", r"\b" + _HOLIDAY_CAP + r"(?:\s+week\b)?(?:" + _SEP + _YEAR + r")?"),
    (
        "dayrel",
        r"\b(?:(?:early|earlier|late|later)\s+)?(?:today|yesterday|tomorrow|tonight)"
        r"(?:\s+" + _PART + r")?(?!\w)",
    ),
    (
        "daypart",
        r"\b(?:(?:early|earlier|late|later)\s+)?(?:this|last|tomorrow|yesterday)\s+"
        + _PART
        + r"|\bmid(?:-|\s)?(?:morning|afternoon|day)\b(?:\s+(?:today|yesterday|tomorrow)\b)?",
    ),
    (
        "weekday",
        r"\b(?:(?:early|earlier|late|later)\s+)?" + _WEEKDAY + r"(?!['’]s)(?:\s+" + _PART + r")?"
        r"|\b" + _WEEKDAY + r"(?=['’]s)",
    ),
    (
        "yearword",
        r"\b(?:the\s+year\s+)?" + _SPOKEN_YEAR + r"(?!\s+(?:" + _VAGUE_PL + r"|year|dollars|people))",
    ),
    (
        "yearmod",
        r"\b(?:fiscal\s+(?:year\s+)?|calendar\s+(?:year\s+)?|the\s+year\s+|"
        r"the\s+(?:fiscal|calendar)\s+year\s+)?" + _YEAR + r"(?![\w-])",
    ),
    ("yearend", r"\b(?:the\s+)?year(?:-|\s+|['’]s\s+)end\b|\bthe\s+end\s+of\s+the\s+year\b"),
    ("season", r"\b(?:(?:this|last|next|the|early|late|mid|the\s+early|the\s+late)(?:\s+|-))+" + _SEASON),
    ("month", r"\b" + _MONTH_ALONE),
    (
        "may",
        r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)"
        r"|(?<=\bthrough\s)|(?<=\blast\s)|(?<=\bnext\s)|(?<=\bthis\s)"
        r"|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid-))\ua002+(?![\w-])",
    ),
    (
        "set",
        r"\b(?:every|each|per)\s+(?:other\s+)?(?:"
        + _WEEKDAY
        + r"|"
        + _MONTH_ALONE
        + r"|"
        + _UNIT_SG
        + r"|quarter|"
        + _PART
        + r"|"
        + _SEASON
        + r"|weekend)"
        r"|\b(?-i:(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b)"
        r"|\b(?:daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)\b"
        r"|\b(?:once|twice|three\s+times|four\s+times)\s+a\s+(?:day|week|month|year)\b",
    ),
    (
        "dur",
        r"\b(?:the\s+)?(?:(?:past|last|next|first|final|previous|coming|following"
        r"|latest|initial|remaining|ensuing|preceding|subsequent)\s+)?"
        + _NUM
        + r"(?:\s+or\s+so)?(?:-|\s+)(?:more\s+)?"
        r"(?:(?:full|straight|consecutive|long|additional|extra|further)\s+)?"
        + _UNIT
        + r"(?:\s+and\s+a\s+half)?",
    ),
    (
        "durq",
        r"\b(?:the\s+)?(?:past|last|next|first|final|previous|coming|following|latest|remaining)\s+"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+quarters\b",
    ),
    ("long", r"\b(?:day|week|month|year|decade|century)s?-long\b"),
    ("dur_adj", r"\b(?:\d+|" + _NUMW + r")-" + _UNIT_SG + r"(?:-old)?\b"),
    (
        "vague",
        r"\b(?:recent|coming|the\s+coming|the\s+past|past|the\s+next|next|the\s+last|last|for|within"
        r"|the\s+following|following)\s+(?:"
        + _VAGUE_PL
        + r"|quarters\b)|\bthe\s+"
        + _VAGUE_PL
        + r"\s+ahead\b",
    ),
    (
        "ref",
        r"\b(?:right\s+now|just\s+now|now|currently|nowadays|presently|at\s+present|the\s+present(?!\s+[a-z])"
        r"|these\s+days|at\s+the\s+moment|recently|lately|the\s+past|the\s+near\s+future"
        r"|the\s+future|the\s+distant\s+future|a\s+later\s+date|the\s+(?:near|short|long)\s+term|current)\b"
        r"(?![-']\w|’\w)",  # not one class: [-’'] would cost a 64K-entry table to compile
    ),
    (
        "day_rel",
        r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same|the\s+next|the\s+following"
        r"|the\s+previous|the\s+preceding)\s+day\b",
    ),
    (
        "unit_the",
        r"\bthe\s+(?:(?:full|fiscal|calendar)\s+year|weekend|year|week|day)\b(?!-)"
        r"|\bthe\s+(?:end|beginning|start|middle)\s+of\s+the\s+month\b",
    ),
)


#: How a match of each rule may open: its first three letters, lower-cased, or fewer when
#: a digit, a sign or a space comes sooner ("the", "las", "1", "a", "q"). At a word start
#: only the rules that may open there are tried, each compiled the first time it is needed:
#: one alternation of every rule would cost tens of milliseconds to compile in every process.
#: The tests derive these openings from the patterns and check that they agree.
OPENINGS: dict[str, str] = {
    "iso": "0 1 2 3 4 5 6 7 8 9",
    "slash": "0 1 2 3 4 5 6 7 8 9",
    "dotted": "0 1 2 3 4 5 6 7 8 9",
    "clock": "0 1 2 3 4 5 6 7 8 9 mid noo",
    "wdate": "fri mon sat sun thu tue wed",
    "mdy": "ear end lat mid sta the \ua000 \ua001 \ua002",
    "dmy": "0 1 2 3 4 5 6 7 8 9 the",
    "my": "ear end lat mid sta the \ua000 \ua001 \ua002",
    "mrel": "\ua000 \ua001 \ua002",
    "qshort": "h q",
    "fy": "fy",
    "quarter": (
        "1 2 3 4 a cal com cor cur fir fis fla fou its las lat nex pre pri sam sec str tha the thi wea yea"
    ),
    "yquarter": "1 2 fis the",
    "quarter_rel": "com cor cur las lat nex pre pri rec sam the thi yea",
    "ago": (
        "0 1 2 3 4 5 6 7 8 9 a cou doz eig ele few fif fiv for fou hun jus les man mor nea nin one "
        "onl ove rou sev six som ten the thi thr twe two up"
    ),
    "rel_wd": "com ear end las lat mid nex pas sta the thi",
    "relmod": "com cur ear fin fol las lat mid nex pas pre rec sam tha the thi",
    "relmonth": "ear end las lat mid nex pas sta the thi",
    "season_y": "aut ear end fal lat mid spr sta sum the win",
    "decade": "' 1 2 ear eig end fif for lat mid nin sev six sta the thi twe \u2019",
    "century": "0 1 2 3 4 5 6 7 8 9 ear eig ele end fif fir fou lat mid nin sec sev six sta ten the thi twe",
    "holiday": "arm bas box chr eas ele fat goo hal ind lab mar mem mot new pre tha val vet",
    "dayrel": "ear lat tod tom ton yes",
    "daypart": "ear las lat mid thi tom yes",
    "weekday": "ear fri lat mon sat sun thu tue wed",
    "yearword": "eig nin the two",
    "yearmod": "1 2 cal ear end fis lat mid sta the",
    "yearend": "the yea",
    "season": "ear las lat mid nex the thi",
    "month": "ear end lat mid sta the \ua000",
    "may": "\ua002",
    "set": "ann biw dai eac eve fou fri hou mon nig onc per sat sun thr thu tue twi wed wee yea",
    "dur": (
        "0 1 2 3 4 5 6 7 8 9 a com cou doz eig ele ens few fif fin fir fiv fol for fou hun ini jus "
        "las lat les man mor nea nex nin one onl ove pas pre rem rou sev six som sub ten the thi "
        "thr twe two up"
    ),
    "durq": "com fin fir fol las lat nex pas pre rem the",
    "long": "cen day dec mon wee yea",
    "dur_adj": (
        "0 1 2 3 4 5 6 7 8 9 a cou doz eig ele few fif fiv for fou hun man nin one sev six som ten "
        "thi thr twe two"
    ),
    "vague": "com fol for las nex pas rec the wit",
    "ref": "a cur jus lat now pre rec rig the",
    "day_rel": "ear lat tha the",
    "unit_the": "the",
}


#: Stand-ins, among the words of :data:`NEEDS`, for what is no word: a digit anywhere in the
#: sentence, a month name marked in it, a hyphen, a slash.
ANY_DIGIT = "0"
ANY_MONTH = _MARK_ALONE
HYPHEN = "-"
SLASH = "/"

_UNIT_WORDS = word_set(
    "second seconds minute minutes hour hours day days week weeks fortnight fortnights month months year "
    "years decade decades century centuries"
)
_UNIT_SG_WORDS = word_set("second minute hour day week month year decade century")
_WEEKDAY_WORDS = frozenset(WEEKDAYS)
_SEASON_WORDS = frozenset(SEASONS)
_YEAR_WORDS = word_set(f"{ANY_DIGIT} nineteen eighteen thousand")  # a year in digits or in words

#: What a match of each rule must hold, read off its pattern: groups of words (lower-cased
#: runs of ASCII letters, whole, as the pattern bounds them) of which a sentence must have at
#: least one each, else the rule cannot match anywhere in it and is not tried (nor compiled).
#: A rule left out may match in any sentence. No word holds an "x": that letter masks the
#: marker letters already in a text (see :func:`mark_months`).
NEEDS: dict[str, tuple[frozenset[str], ...]] = {
    "iso": (frozenset([HYPHEN]),),
    "slash": (frozenset([SLASH]),),
    "clock": (word_set(f"{ANY_DIGIT} noon midnight midday"),),
    "wdate": (_WEEKDAY_WORDS,),
    "mdy": (frozenset([ANY_MONTH]), frozenset([ANY_DIGIT])),
    "dmy": (frozenset([ANY_MONTH]), frozenset([ANY_DIGIT])),
    "my": (frozenset([ANY_MONTH]), _YEAR_WORDS),
    "mrel": (frozenset([ANY_MONTH]), word_set("year")),
    "qshort": (frozenset([ANY_DIGIT]),),
    "fy": (frozenset([ANY_DIGIT]),),
    "quarter": (word_set("quarter half period"),),
    "yquarter": (word_set("quarter period"), frozenset([ANY_DIGIT])),
    "quarter_rel": (word_set("quarter period months ago earlier"),),
    "ago": (word_set("ago earlier now hence"), _UNIT_WORDS),
    "rel_wd": (_WEEKDAY_WORDS,),
    "relmod": (_SEASON_WORDS | word_set("week weekend month year quarter season decade century"),),
    "relmonth": (frozenset([ANY_MONTH]),),
    "season_y": (_SEASON_WORDS, _YEAR_WORDS),
    "decade": (frozenset(DECADE_WORDS) | {"s"},),  # "the 1990s", "the '90s": an "s" after digits
    "century": (word_set("century"),),
    "holiday": (
        word_set(
            "christmas new thanksgiving independence halloween valentine veterans boxing armistice "
            "bastille labor memorial mother father martin presidents easter good election"
        ),
    ),
    "dayrel": (word_set("today yesterday tomorrow tonight"),),
    "daypart": (word_set("morning afternoon evening night overnight mid midmorning midafternoon midday"),),
    "weekday": (_WEEKDAY_WORDS,),
    "yearword": (word_set("nineteen eighteen thousand"),),
    "yearmod": (frozenset([ANY_DIGIT]),),
    "yearend": (word_set("end"),),
    "season": (_SEASON_WORDS,),
    "month": (frozenset([ANY_MONTH]),),
    "may": (frozenset([ANY_MONTH]),),
    "set": (
        word_set(
            "every each per mondays tuesdays wednesdays thursdays fridays saturdays sundays daily "
            "nightly weekly biweekly monthly annually yearly hourly once twice times"
        ),
    ),
    "dur": (_UNIT_WORDS,),
    "durq": (word_set("quarters"),),
    "long": (word_set("long"),),
    "dur_adj": (_UNIT_SG_WORDS,),
    "vague": (word_set("seconds minutes hours days weeks months years decades centuries quarters"),),
    "ref": (
        word_set(
            "now currently nowadays presently present days moment recently lately past future date term "
            "current"
        ),
    ),
    "day_rel": (word_set("day"),),
    "unit_the": (word_set("year weekend week day month"), word_set("the")),
}
_GROUPS = sorted({group for groups in NEEDS.values() for group in groups}, key=sorted)


def _fills() -> dict[str, int]:
    fills: dict[str, int] = {}
    for bit, group in enumerate(_GROUPS):
        for word in group:
            fills[word] = fills.get(word, 0) | 1 << bit
    return fills


#: Each group of NEEDS is a bit: the bits each word fills, and the bits each rule needs.
_FILLS = _fills()
_NEEDED_WORDS = frozenset(_FILLS)
_NEEDED = tuple(sum(1 << _GROUPS.index(g) for g in NEEDS.get(name, ())) for name, _ in RULES)
#: What :func:`needs_filled` gives when nothing can be skipped: every bit.
ALL_NEEDS = (1 << len(_GROUPS)) - 1

_DIGIT = re.compile(r"\d")
#: Every byte but an ASCII digit.
_NOT_DIGITS = bytes(c for c in range(256) if not ord("0") <= c <= ord("9"))
#: Letters the patterns, matching case apart, take for an ASCII letter but a lower-cased run of
#: ASCII letters does not hold as one (dotted and dotless i, long s).
_ODD_LETTERS = re.compile("[\u0130\u0131\u017f]")


#: Every byte but a lower-case ASCII letter, as a space.
_ONLY_LETTERS = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))


def letter_runs(low: str) -> list[str]:
    """The runs of ASCII letters of ``low``, a lower-cased text: what ``[a-z]+`` finds in it,
    found quicker than by a pattern. Every other character becomes a space (a non-ASCII one
    by way of "?") and the rest is split."""
    return low.encode("ascii", "replace").translate(_ONLY_LETTERS).decode("ascii").split()


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit, of any script (as ``\\d`` finds); in an ASCII text,
    by deleting every other byte, quicker than a search."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _NOT_DIGITS))
    return _DIGIT.search(text) is not None


def needs_filled(text: str, marked: str, letters: list[str] | None = None) -> int:
    """Which groups of :data:`NEEDS` a sentence fills, as bits: from its words (its runs of
    letters, lower-cased; ``letters`` when already found), its digits, hyphens and slashes
    and its marked months (``marked``, see :func:`mark_months`). Every bit when a letter the
    patterns read apart could make a group look empty."""
    if not text.isascii() and _ODD_LETTERS.search(text):
        return ALL_NEEDS
    if letters is None:
        letters = letter_runs(text.lower())
    filled = 0
    for word in _NEEDED_WORDS.intersection(letters):
        filled |= _FILLS[word]
    if has_digit(text):
        filled |= _FILLS[ANY_DIGIT]
    if HYPHEN in text:
        filled |= _FILLS[HYPHEN]
    if SLASH in text:
        filled |= _FILLS[SLASH]
    if not marked.isascii() and _MARKERS.search(marked):
        filled |= _FILLS[ANY_MONTH]
    return filled


def _rules_by_opening() -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for i, (name, _) in enumerate(RULES):
        for opening in OPENINGS[name].split():
            table.setdefault(opening, []).append(i)
    return {c: tuple(ix) for c, ix in table.items()}


_BY_OPENING = _rules_by_opening()
_CANDIDATES: dict[str, tuple[int, ...]] = {}


def _candidates(key: str) -> tuple[int, ...]:
    """The rules, in priority order, that may match text opening with ``key`` (3 characters,
    lower-cased)."""
    found = _CANDIDATES.get(key)
    if found is None:
        ix: set[int] = set()
        for n in (1, 2, 3):
            ix.update(_BY_OPENING.get(key[:n], ()))
        if len(_CANDIDATES) > 20000:  # bounded: odd text can open with many different letters
            _CANDIDATES.clear()
        found = _CANDIDATES[key] = tuple(sorted(ix))
    return found


#: Rules that may open with a modifier ("early March 2023", "the end of 2019", "late last
#: Friday", "at least 30 days"), and the modifier: it is matched apart so that it is not
#: compiled into each of them.
MODIFIED: dict[str, str] = {
    "mdy": _MOD,
    "my": _MOD,
    "rel_wd": _MOD,
    "relmonth": _MOD,
    "yearmod": _MOD,
    "month": _MOD,
    "ago": _DMOD,
    "dur": _DMOD,
}
_PREFIX_OF = {i: MODIFIED[name] for i, (name, _) in enumerate(RULES) if name in MODIFIED}
_COMPILED: list[re.Pattern[str] | None] = [None] * len(RULES)


def rule_pattern(index: int) -> re.Pattern[str]:
    """The compiled pattern of rule ``index`` (compiled on first use)."""
    rx = _COMPILED[index]
    if rx is None:
        rx = _COMPILED[index] = re.compile(RULES[index][1], re.IGNORECASE)
    return rx


_PREFIX_PATTERNS: dict[str, re.Pattern[str]] = {}


def _after_prefix(text: str, pos: int, prefix: str) -> int | None:
    """Where the text after ``prefix`` (a modifier pattern) at ``pos`` starts, if one is there."""
    rx = _PREFIX_PATTERNS.get(prefix)
    if rx is None:
        rx = _PREFIX_PATTERNS[prefix] = re.compile(r"\b" + prefix, re.IGNORECASE)
    m = rx.match(text, pos)
    return None if m is None else m.end()


def match_at(text: str, pos: int, filled: int = ALL_NEEDS) -> tuple[str, int] | None:
    """The first rule, in priority order, that matches ``text`` at ``pos``: its name and where
    the match ends. A rule of ``MODIFIED`` may open with its modifier; it is tried with one
    first, then without, as the pattern ``(?:\\b<modifier>)?`` before the rule would be.
    Only the rules whose :data:`NEEDS` the sentence ``filled`` (see :func:`needs_filled`) are
    tried."""
    after: dict[str, int | None] = {}
    missing = ~filled
    for i in _candidates(text[pos : pos + 3].lower()):
        if _NEEDED[i] & missing:
            continue
        rx = _COMPILED[i] or rule_pattern(i)
        prefix = _PREFIX_OF.get(i)
        if prefix is not None:
            if prefix not in after:
                after[prefix] = _after_prefix(text, pos, prefix)
            start = after[prefix]
            if start is not None:
                m = rx.match(text, start)
                if m is not None:
                    return RULES[i][0], m.end()
        m = rx.match(text, pos)
        if m is not None:
            return RULES[i][0], m.end()
    return None


def pattern() -> re.Pattern[str]:
    """All the rules as one alternation, in priority order (for tests and tools only)."""
    return re.compile("|".join(f"(?P<{name}>{full_body(name)})" for name, _ in RULES), re.IGNORECASE)


def full_body(name: str) -> str:
    """The pattern of rule ``name`` with its optional modifier spelled out."""
    body = dict(RULES)[name]
    return r"(?:\b" + MODIFIED[name] + r")?" + body if name in MODIFIED else body


#: Words that may stand in a time expression's core; the full pattern is only tried
#: around them (and around digits).
TRIGGERS = word_set(
    "january february march april may june july august september october november december jan feb "
    "mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
    "sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays seconds minute "
    "minutes hour hours day days week weeks weekend weekends fortnight fortnights month months "
    "quarter quarters half year years decade decades century centuries season seasons spring summer "
    "fall autumn winter morning afternoon evening night overnight noon midnight today tonight "
    "yesterday tomorrow now currently nowadays presently moment recently lately past future current "
    "daily nightly weekly biweekly monthly quarterly annually yearly hourly twenties thirties forties "
    "fifties sixties seventies eighties nineties christmas thanksgiving halloween eve nineteen "
    "eighteen thousand midday period easter q h fy term date present"
)

#: Words an expression may open with before its trigger word ("the", "early", "at least").
OPENERS = TRIGGERS | word_set(
    "the a an this that next last past coming previous following current same final recent latest "
    "early earlier late later mid end start beginning middle close turn rest remainder about nearly "
    "almost more less over at up only just another some approximately around fewer roughly every each "
    "per other fiscal calendar its their whole entire year's one two three four five six seven eight "
    "nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred dozen couple few several many right these "
    "once twice times better initial remaining ensuing preceding subsequent full straight consecutive "
    "long short single distant near for within years first second third fourth 1st 2nd 3rd 4th present date "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
    "seventeenth eighteenth nineteenth twentieth "
    "good independence labor memorial mother's father's valentine's veterans boxing armistice bastille new "
    "martin luther king presidents election"
)

#: Words that join the modifiers of an expression without opening one ("the end of",
#: "more than", "two to three").
LINKS = word_set(
    "of than least to or trading business working school flat strong weak comparable corresponding prior "
    "additional extra further part most"
)

#: Trigger words that name a time only when capitalised ("May", not "may").
CAPITALISED = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays "
    "fridays saturdays sundays q h fy"
)
