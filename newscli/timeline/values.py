"""Values: the TIMEX3 type and value of each matched extent, one normaliser per rule.

Relative expressions are resolved against the publication date (the DCT) and the tense
of their sentence; "a year earlier" and "the year-ago quarter" against the last date or
quarter the article named (once a report moves on to "the nine months", its year; a
quarter named in passing, "after a weak second quarter", is not the report's). Without a
DCT they keep the TIMEX3 unknown forms (XXXX-02, XXXX-WXX-4).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from newscli.timeline.dates import (
    bounds,
    duration,
    easter,
    fmt_day,
    fmt_week,
    granular_shift,
    is_digits,
    nth_weekday,
    pick_year,
    quarter_of,
    resolve_month_year,
    resolve_season,
    resolve_weekday,
    season_here,
    season_index,
    season_value,
    shift_day_value,
    shift_quarter,
)
from newscli.timeline.lexicon import (
    DECADE_WORDS,
    HOLIDAYS_FIXED,
    HOLIDAYS_WEEKDAY,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    SET_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from newscli.timeline.tense import Tense
from newscli.wordlists import word_set

#: A normalised expression: start and end offsets within the match (a leading preposition may
#: be left out), type, value.
Result = tuple[int, int, str, str]

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[A-Za-z]+(?:['’][a-z]+)?|'\d\d")
_YEAR_NOUNS = word_set(
    "shares people workers employees points units acres feet miles tons barrels cars vehicles members "
    "troops jobs students votes copies homes pounds dollars yen metres meters kilometres kilometers gmt utc "
    "hours hrs "
    "and-a"
)


#: Patterns the normalisers use often, compiled once (rarer ones go through the ``re`` cache).
_DECIMAL = re.compile(r"\d+\.\d+")
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_DASH_DIGIT = re.compile(r"\s*(?:-|–)\s*\d")
_NUMBER_SIGN_BEFORE = re.compile(
    r"(?:No\.|#|Nos?\.?|[Rr]oute|[Ff]light|[Rr]oom|[Aa]rticle|Section|[Pp]age)\s*$"
)
_OLD_AFTER = re.compile(r"\s*old\b|-old\b")
_RATE_BEFORE = re.compile(r"(?:\d|%|\bpercent|\bcents?|\btimes|\bonce|\btwice)\s*$")
_AND_A_HALF = re.compile(r"\d\s+1/2\b|\band\s+a\s+half\b")
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s*$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|ahead\s+of)\s*$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_BEFORE_OR_AFTER = frozenset(["before", "earlier", "after", "later"])


# Some tests of a few characters are string tests rather than patterns: a pattern is compiled
# in every process that meets one, which costs more than the tests themselves. ``\d`` is any
# decimal digit (``str.isdecimal``), ``\s`` any white space (``str.isspace``, ``str.lstrip``)
# and ``\w`` a character ``str.isalnum`` takes, or "_".


def _is_clock_digits(text: str) -> bool:
    """Whether ``text`` is one or two digits, a colon and two digits, "10:30" (as
    ``\\d{1,2}:\\d\\d`` matches it whole)."""
    hours, colon, minutes = text.partition(":")
    return (
        bool(colon)
        and 1 <= len(hours) <= 2
        and hours.isdecimal()
        and len(minutes) == 2
        and minutes.isdecimal()
    )


def _of_or_stop(after: str) -> bool:
    """Whether ``after`` goes on with "of", a comma, a full stop or nothing, past white space
    (as ``\\s*(?:of|,|\\.|$)`` matches it)."""
    rest = after.lstrip()
    return not rest or rest.startswith(("of", ",", "."))


def _next_word_in(after: str, words: frozenset[str]) -> bool:
    """Whether ``after`` goes on with white space and then a whole word of ``words`` (as
    ``\\s+(?:word|...)\\b`` matches it, the words all ASCII letters)."""
    m = _NEXT_WORD.match(after)
    if m is None or m.start(1) == 0 or m.group(1) not in words:
        return False
    follow = after[m.end() : m.end() + 1]
    return not (follow.isalnum() or follow == "_")


@dataclass
class Context:
    """What resolution needs: the DCT, and what the article has named so far."""

    dct: dt.date | None
    anchor: str | None = None  # last resolved date value named in the text
    quarter: str | None = None  # last quarter named ("1989-Q3")
    #: the year of a report's longer period named after its quarter ("the nine months"), which
    #: "a year earlier" then compares with the year before
    period_year: int | None = None


# ----------------------------------------------------------------------------- words


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _number(words: list[str]) -> int | None:
    """The number spelled by the words (digits or English), None if vague or absent."""
    total = 0
    seen = False
    for i, w in enumerate(words):
        if w in VAGUE_NUMBERS:
            return None
        w2 = w.replace(",", "")
        if w2.isdigit():
            return int(w2)
        if _DECIMAL.fullmatch(w2):
            return int(float(w2)) or None
        for part in w.split("-"):
            if part in ("a", "an") and words[i + 1 : i + 2] in (["couple"], ["dozen"], ["hundred"]):
                continue  # "a couple", "a dozen", "a hundred"
            if part in NUMBERS:
                val = NUMBERS[part]
                if val == 100:
                    total = max(total, 1) * 100
                else:
                    total += val
                seen = True
    return total if seen else None


def _unit(words: list[str]) -> str | None:
    for w in reversed(words):
        base = w.split("-")[-1]
        for cand in (base, base[:-1] if base.endswith("s") else base):
            if cand in UNITS:
                return cand
        if base == "centuries":
            return "century"
    return None


def _month(words: list[str]) -> int | None:
    for w in words:
        if w in MONTHS:
            return MONTHS[w]
    return None


def _weekday(words: list[str]) -> int | None:
    for w in words:
        base = w.removesuffix("'s").removesuffix("’s")
        if base in WEEKDAYS:
            return WEEKDAYS[base]
        if base.endswith("s") and base[:-1] in WEEKDAYS:
            return WEEKDAYS[base[:-1]]
    return None


def _day(words: list[str]) -> int | None:
    for w in words:
        m = _DAY_NUMBER.fullmatch(w)
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1))
    return None


def _year(words: list[str]) -> int | None:
    for w in words:
        if is_digits(w, 4):
            return int(w)
    return None


def _part(words: list[str]) -> str | None:
    for w in words:
        if w in PARTS_OF_DAY and w not in ("noon", "midnight", "midday"):
            return PARTS_OF_DAY[w]
    return None


def _offset(words: list[str]) -> int | None:
    """Direction word of a relative expression: -1 last, 0 this, +1 next; None if none."""
    ws = set(words)
    if ws & {"next", "coming", "following"}:
        return 1
    if ws & {"last", "past", "previous", "prior", "preceding"}:
        return -1
    if ws & {"this", "current", "same", "present"}:
        return 0
    return None


# ----------------------------------------------------------------------------- normalising


def _unknown_day(month: int | None, day: int | None) -> str:
    return f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "") if month else "XXXX-XX-XX"


def _date_md(ctx: Context, month: int, day: int | None, year: int | None, tense: Tense | None) -> str:
    if year is None:
        if ctx.dct is None:
            return _unknown_day(month, day)
        year = resolve_month_year(ctx.dct, month, day, tense)
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return fmt_day(dt.date(year, month, day))
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _strip_lead(text: str, words: tuple[str, ...]) -> int:
    """How many characters of ``text`` a leading preposition takes (with its space)."""
    low = text.lower()
    for w in words:
        if low.startswith(w + " "):
            return len(w) + 1
    return 0


def _clock(text: str) -> str | None:
    low = text.lower()
    if "noon" in low or "midday" in low:
        return "12:00"
    if "midnight" in low:
        return "24:00"
    military = re.match(r"([01]\d|2[0-3])([0-5]\d)\s*(?:gmt|utc)", low)
    if military:
        return f"{military.group(1)}:{military.group(2)}"  # "1800 GMT"
    m = re.search(r"(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m|o'clock|in the (morning|afternoon|evening))?", low)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    suffix = m.group(3) or ""
    if suffix.startswith("p") or m.group(4) in ("afternoon", "evening"):
        if h < 12:
            h += 12
    elif suffix.startswith("a") and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


class Hit(NamedTuple):
    """One matched extent and what its normaliser may look at (a named tuple: one is made
    for every match, and a tuple is the cheapest to make)."""

    rule: str
    text: str
    words: list[str]
    ctx: Context
    tense_of: Callable[[], Tense | None]  # the tense around the match, found when asked for
    before: str  # a few characters of the sentence before the match
    after: str  # and after it

    @property
    def tense(self) -> Tense | None:
        return self.tense_of()


def _r_iso(h: Hit) -> Result | None:
    text = h.text
    n = len(h.text)
    d = text[:10]
    try:
        dt.date.fromisoformat(d)
    except ValueError:
        return None
    return (0, n, "TIME", text[:16]) if "T" in text else (0, n, "DATE", d)


def _r_slash(h: Hit) -> Result | None:
    text = h.text
    n = len(h.text)
    rule = h.rule
    parts = [int(p) for p in re.split(r"[/.]", text)]
    if rule == "slash":
        mo, da, y = parts
        if mo > 12 >= da:
            mo, da = da, mo  # 20/3/2023 can only be day first
    else:
        da, mo, y = parts
    if y < 100:
        y += 1900 if y > 30 else 2000
    try:
        return 0, n, "DATE", fmt_day(dt.date(y, mo, da))
    except ValueError:
        return None


def _r_clock(h: Hit) -> Result | None:
    text = h.text
    ctx = h.ctx
    dct = h.ctx.dct
    n = len(h.text)
    tense = h.tense
    before = h.before
    hm = _clock(text)
    if hm is None:
        return None
    if _is_clock_digits(text.strip()) and not re.search(r"\b(?:at|by|until|before|after)\s*$", before):
        return None  # a score or a ratio, not a time of day
    tail = text
    m = re.search(r"\b(?:a\.m\.?|p\.m\.?|am|pm|noon|midnight|o'clock|morning|afternoon|evening)", text, re.I)
    if m:
        tail = text[m.end() :]
    tw = _tokens(tail)
    if re.search(r"\b(?:by|until|till)\s*$", before, re.IGNORECASE):
        tense = "future"  # a deadline: "until 5 p.m. Monday"
    day_value = _day_of(tw, ctx, tense)
    if day_value is None and ctx.anchor is not None and len(ctx.anchor) == 10:
        day_value = ctx.anchor  # a time alone is on the day the story is telling: "at 6 a.m."
    if day_value is None:
        if dct is None:
            return 0, n, "TIME", f"XXXX-XX-XXT{hm}"
        day_value = fmt_day(dct)
    return 0, n, "TIME", f"{day_value}T{hm}"


def _r_wdate(h: Hit) -> Result | None:
    w = h.words
    ctx = h.ctx
    n = len(h.text)
    tense = h.tense
    month = _month(w)
    day = _day(w)
    if month is None or day is None:
        return None
    year = _year(w)
    dct = ctx.dct
    if year is None and dct is not None and _PERIOD_ENDED.search(h.before):
        # "the quarter ended Sept. 30": a period a report covers has ended, on or before the DCT
        year = dct.year if (month, day) <= (dct.month, dct.day) else dct.year - 1
    value = _date_md(ctx, month, day, year, tense)
    return 0, n, "DATE", value


#: A reporting period and "ended" before a date.
_PERIOD_ENDED = re.compile(r"\b(?:year|quarter|period|months|weeks|half)\s+ended\s*$", re.IGNORECASE)


def _r_my(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    month, year = _month(w), _any_year(w)
    if month is None or year is None:
        return None
    return 0, n, "DATE", f"{year:04d}-{month:02d}"


def _r_mrel(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    month = _month(w)
    if month is None:
        return None
    if dct is None:
        return 0, n, "DATE", f"XXXX-{month:02d}"
    off = -1 if "last" in w else 1 if "next" in w else 0
    return 0, n, "DATE", f"{dct.year + off:04d}-{month:02d}"


def _r_qshort(h: Hit) -> Result | None:
    """ "Q3 2023", "H1", "Q4/23": a quarter or half in the business shorthand."""
    m = re.match(r"([QH])([1-4])\W*(\d{2,4})?", h.text)
    if m is None or (m.group(1) == "H" and m.group(2) > "2"):
        return None
    kind, num = m.group(1), int(m.group(2))
    if m.group(3):
        year = int(m.group(3)) if len(m.group(3)) == 4 else 2000 + int(m.group(3))
    elif h.ctx.dct is not None:
        year = h.ctx.dct.year
        now = quarter_of(h.ctx.dct) if kind == "Q" else (1 if h.ctx.dct.month <= 6 else 2)
        if num > now and h.tense != "future":
            year -= 1
    else:
        return 0, len(h.text), "DATE", f"XXXX-{kind}{num}"
    return 0, len(h.text), "DATE", f"{year:04d}-{kind}{num}"


def _r_fy(h: Hit) -> Result | None:
    """ "FY2024", "FY 24": the fiscal year, given as its year."""
    m = re.search(r"(\d{2,4})$", h.text)
    if m is None:
        return None
    y = int(m.group(1))
    return 0, len(h.text), "DATE", f"{y if y >= 100 else 2000 + y:04d}"


def _r_quarter(h: Hit) -> Result | None:
    return _quarter(h.words, h.text, h.ctx, h.tense)


def _r_yquarter(h: Hit) -> Result | None:
    w = h.words
    ctx = h.ctx
    dct = h.ctx.dct
    n = len(h.text)
    y = _year(w)
    q = next((ORDINALS[x.split("-")[0]] for x in w if x.split("-")[0] in ORDINALS and x != "last"), None)
    if y is None:
        return None
    if q is None:
        ref = ctx.quarter or (f"{dct.year:04d}-Q{quarter_of(dct)}" if dct else None)
        if ref is None or ctx.period_year is not None:  # "the 1988 period" after "the nine months"
            return 0, n, "DATE", f"{y:04d}"
        q = int(ref[-1])
    return 0, n, "DATE", f"{y:04d}-Q{q}"


def _r_quarter_rel(h: Hit) -> Result | None:
    return _quarter_rel(h.words, h.text, h.ctx)


def _r_ago(h: Hit) -> Result | None:
    return _ago(h.words, h.text, h.ctx)


def _r_rel_wd(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    tense = h.tense
    wd = _weekday(w)
    if wd is None:
        return None
    if dct is None:
        return 0, n, "DATE", f"XXXX-WXX-{wd}"
    anchor = h.ctx.anchor
    if ("previous" in w or "following" in w) and anchor is not None and len(anchor) == 10:
        base = dt.date.fromisoformat(anchor)  # "the previous Friday": before the day just named
        direction: Tense = "future" if "following" in w else "past"
        d = resolve_weekday(base, wd, direction, strict=True)
    elif "next" in w or "coming" in w or "following" in w:
        d = resolve_weekday(dct, wd, "future", strict=True)
    elif "last" in w or "past" in w or "previous" in w:
        d = resolve_weekday(dct, wd, "past", strict=True)
    else:
        d = resolve_weekday(dct, wd, tense)
    part = _part(w)
    return (0, n, "TIME", f"{fmt_day(d)}T{part}") if part else (0, n, "DATE", fmt_day(d))


def _r_relmod(h: Hit) -> Result | None:
    return _relmod(h.words, h.text, h.ctx, h.tense_of)


def _r_relmonth(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    month = _month(w)
    if month is None:
        return None
    day = _day(w)
    if dct is None:
        return 0, n, "DATE", _unknown_day(month, day)
    here, there = (dct.month, dct.day if day else 0), (month, day or 0)
    if "next" in w:
        y = dct.year if there > here else dct.year + 1
    elif "last" in w or "past" in w:
        y = dct.year if there < here else dct.year - 1
    else:
        y = dct.year
    return 0, n, "DATE", _date_md(h.ctx, month, day, y, None)


def _r_season_y(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    s = next((SEASONS[x] for x in w if x in SEASONS), None)
    y = _any_year(w)
    if s is None or y is None:
        return None
    return 0, n, "DATE", f"{y:04d}-{s}"


def _r_season(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    tense = h.tense
    after = h.after
    s = next((SEASONS[x] for x in w if x in SEASONS), None)
    if s is None:
        return None
    if w[-1] == "fall" and w[0] in ("the",) and len(w) == 2 and not _of_or_stop(after):
        return None  # "the fall in prices"
    if dct is None:
        return 0, n, "DATE", f"XXXX-{s}"
    return 0, n, "DATE", resolve_season(dct, s, _offset(w), tense)


def _r_decade(h: Hit) -> Result | None:
    w = h.words
    text = h.text
    n = len(h.text)
    m = re.search(r"\b(\d{3})0s\b", text)
    if m:
        return 0, n, "DATE", m.group(1)
    m = re.search(r"['’](\d)0s", text)
    if m:
        return 0, n, "DATE", "19" + m.group(1)
    for x in w:
        if x in DECADE_WORDS:
            return 0, n, "DATE", str(DECADE_WORDS[x])[:3]
    return None


def _r_century(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    num = None
    for x in w:
        if x[-2:] in ("st", "nd", "rd", "th") and 1 <= len(x) - 2 <= 2 and x[:-2].isdecimal():  # "20th"
            num = int(x[:-2])
        elif x.split("-")[0] in ORDINALS and x != "last":
            num = ORDINALS.get(x, ORDINALS.get(x.split("-")[0]))
    if num is None:
        return None
    return 0, n, "DATE", f"{num - 1:02d}"


def _r_holiday(h: Hit) -> Result | None:
    return _holiday(h.text, h.words, h.ctx, h.tense)


def _r_dayrel(h: Hit) -> Result | None:
    return _dayrel(h.words, h.text, h.ctx)


def _r_daypart(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    part = _part([x.removeprefix("mid-").removeprefix("mid") for x in w])
    if part is None and any(x.endswith("day") and x.startswith("mid") for x in w):
        part = "12:00"  # midday
    if part is None or dct is None:
        return (0, n, "TIME", f"XXXX-XX-XXT{part}") if part else None
    d = dct
    if "yesterday" in w or ("last" in w and part == "NI"):
        d = dct - dt.timedelta(days=1)
    elif "tomorrow" in w:
        d = dct + dt.timedelta(days=1)
    elif "last" in w:
        d = dct - dt.timedelta(days=1)
    return 0, n, "TIME", f"{fmt_day(d)}T{part}"


def _r_weekday(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    tense = h.tense
    wd = _weekday(w)
    if wd is None:
        return None
    part = _part(w)
    if _AHEAD_OF_BEFORE.search(h.before):
        tense = "future"  # "ahead of Saturday's match"
    elif _POSSESSIVE_AFTER.match(h.after) and not re.search(r"\b(?:before|for|until)\s*$", h.before):
        tense = "past"  # "Wednesday's ruling" names something that has happened
    v = f"XXXX-WXX-{wd}" if dct is None else fmt_day(resolve_weekday(dct, wd, tense))
    return (0, n, "TIME", f"{v}T{part}") if part else (0, n, "DATE", v)


def _r_yearword(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    y = _spoken_year(w)
    return None if y is None else (0, n, "DATE", f"{y:04d}")


def _r_yearmod(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    before = h.before
    after = h.after
    y = _year(w)
    if y is None:
        return None
    nxt = _NEXT_WORD.match(after)
    if nxt and nxt.group(1).lower() in _YEAR_NOUNS:
        return None
    if _DASH_DIGIT.match(after) and not re.match(r"\s*(?:-|–)\s*(?:\d\d\b|\d{4}\b)", after):
        return None
    if _NUMBER_SIGN_BEFORE.search(before):
        return None
    if y < 1600 and not re.search(r"\b(?:in|since|of|year|by|until|from|before|after|the)\s*$", before, re.I):
        return None
    return 0, n, "DATE", f"{y:04d}"


def _r_yearend(h: Hit) -> Result | None:
    dct = h.ctx.dct
    n = len(h.text)
    before = h.before
    if dct is None:
        return 0, n, "DATE", "XXXX"
    # TIMEX3 gives the year (the end is a modifier, MOD="END"): "since year-end" is last year's
    y = dct.year - 1 if re.search(r"\bsince\s*$", before) else dct.year
    return 0, n, "DATE", f"{y:04d}"


#: "through" before a month, where it is not the end of a period already counted ("the year
#: through August", "from March through May", "the 12 months through June").
_THROUGH_ARRANGEMENT = re.compile(
    r"(?<!\byear\s)(?<!\byears\s)(?<!\bmonths\s)(?<!\bquarter\s)(?<!\bperiod\s)(?<!\bweeks\s)"
    r"(?<!\bdate\s)(?<!\d\s)\b(?:through|thru)\s*$",
    re.IGNORECASE,
)


def _r_month(h: Hit) -> Result | None:
    w = h.words
    text = h.text
    ctx = h.ctx
    n = len(h.text)
    tense = h.tense
    month = _month(w)
    if month is None:
        return None
    s = _strip_lead(text, ("in", "since", "until", "by", "from", "through", "of"))
    if _DEADLINE_BEFORE.search(h.before + text[:s]):
        tense = "future"  # a deadline: "by August", "until January"
    elif _SINCE_BEFORE.search(h.before + text[:s]):
        tense = "past"  # "on patrol since March": whatever the verbs say, it has begun
    elif _THROUGH_ARRANGEMENT.search(h.before + text[:s]) and "from " not in h.before.lower():
        tense = "future"  # an arrangement in force: "loans through January"
    return s, n, "DATE", _date_md(ctx, month, None, None, tense)


def _r_set(h: Hit) -> Result | None:
    return _set(h.words, h.text)


def _r_dur(h: Hit) -> Result | None:
    w = h.words
    text = h.text
    ctx = h.ctx
    before = h.before
    after = h.after
    res = _dur(w, text, ctx, before, after)
    if res is not None and res[3] in ("P6M", "P9M") and ctx.quarter is not None and w[0] in ("the", "first"):
        # "For the nine months, ...": the report moves from its quarter to the year so far
        ctx.period_year, ctx.quarter = int(ctx.quarter[:4]), None
    return res


def _r_durq(h: Hit) -> Result | None:
    num = _number([x for x in h.words if x not in ("the", "first", "last", "next")])
    return 0, len(h.text), "DURATION", "PXM" if num is None else f"P{3 * num}M"


def _r_long(h: Hit) -> Result | None:
    """ "day-long", "a month-long", "decades-long": how long something lasts."""
    m = re.search(r"([a-z]+?)(s?)-long$", h.text.lower())
    unit = None if m is None else _unit([m.group(1)])
    if m is None or unit is None:
        return None
    return 0, len(h.text), "DURATION", duration(None if m.group(2) else 1, unit)


def _r_dur_adj(h: Hit) -> Result | None:
    w = h.words
    text = h.text
    n = len(h.text)
    if text.lower().endswith("-old"):
        return None
    unit = _unit(w)
    num = _number([x.split("-")[0] for x in w])
    if unit is None or num is None:
        return None
    return 0, n, "DURATION", duration(num, unit)


def _r_vague(h: Hit) -> Result | None:
    w = h.words
    text = h.text
    n = len(h.text)
    unit = _unit(w)
    if unit is None:
        return None
    s = _strip_lead(text, ("for", "within"))
    if w[0] == "recent" and unit == "year":
        return s, n, "DATE", "PAST_REF"
    return s, n, "DURATION", duration(None, unit)


def _r_ref(h: Hit) -> Result | None:
    w = h.words
    n = len(h.text)
    before = h.before
    after = h.after
    key = " ".join(w)
    val = REFERENCES.get(key)
    if val is None:
        return None
    if key in ("current", "future") and not _adjective_ok(after):
        return None
    if key == "soon" and re.search(r"\bas\s*$", before):
        return None
    return 0, n, "DATE", val


def _r_day_rel(h: Hit) -> Result | None:
    """ "that day", "the next day": the day the article just named, or one either side."""
    w, anchor = h.words, h.ctx.anchor
    if anchor is None or len(anchor) != 10:
        return None  # no day named before: "that day" cannot be placed
    base = dt.date.fromisoformat(anchor)
    off = 1 if ("next" in w or "following" in w) else -1 if ("previous" in w or "preceding" in w) else 0
    return 0, len(h.text), "DATE", fmt_day(base + dt.timedelta(days=off))


def _r_unit_the(h: Hit) -> Result | None:
    w = h.words
    dct = h.ctx.dct
    n = len(h.text)
    tense = h.tense
    after = h.after
    unit = w[-1]
    if unit == "year":
        if _next_word_in(after, _BEFORE_OR_AFTER):
            return None
        if dct is None or re.match(r"\s+(?:ended|ending|to\s+\w+\.?\s+\d)", after):
            return 0, n, "DURATION", "P1Y"
        return 0, n, "DATE", f"{dct.year:04d}"
    if dct is None:
        return None
    if unit == "weekend":
        d = resolve_weekday(dct, 6, "future" if tense == "future" else "past")
        return 0, n, "DATE", fmt_week(d) + "-WE"
    if unit == "week":
        return 0, n, "DATE", fmt_week(dct)
    if unit == "month":
        return 0, n, "DATE", f"{dct.year:04d}-{dct.month:02d}"
    return None


def _any_year(w: list[str]) -> int | None:
    """The year in digits or in words among the words ("June nineteen eighty-four")."""
    y = _year(w)
    if y is not None:
        return y
    for i, x in enumerate(w):
        if x in ("nineteen", "eighteen", "two"):
            return _spoken_year(w[i:])
    return None


def _spoken_year(w: list[str]) -> int | None:
    """ "nineteen ninety-six" is 1996, "two thousand and one" 2001."""
    words = [p for x in w for p in x.split("-") if p not in ("the", "year", "and")]
    if not words:
        return None
    if words[0] in ("nineteen", "eighteen") and len(words) > 1:
        rest = _number(words[1:])
        return None if rest is None or rest > 99 else NUMBERS[words[0]] * 100 + rest
    if words[:2] == ["two", "thousand"]:
        rest = _number(words[2:]) if len(words) > 2 else 0
        return None if rest is None else 2000 + rest
    return None


def _adjective_ok(after: str) -> bool:
    """ "current", "recent" and "future" as timexes: before a noun of news, not a technical one."""
    m = _NEXT_WORD.match(after)
    if not m:
        return True
    return m.group(1).lower() not in ("account", "accounts", "affairs", "events", "trends", "generations")


def _day_of(words: list[str], ctx: Context, tense: Tense | None) -> str | None:
    """The day named by the words after a clock time (weekday, today, a date), or None."""
    dct = ctx.dct
    if not words:
        return None
    month, day, year, wd = _month(words), _day(words), _year(words), _weekday(words)
    if month is not None and day is not None:
        return _date_md(ctx, month, day, year, tense)
    if dct is None:
        return "XXXX-XX-XX" if (wd or set(words) & {"today", "tomorrow", "yesterday", "tonight"}) else None
    if wd is not None:
        return fmt_day(resolve_weekday(dct, wd, tense))
    if "yesterday" in words:
        return fmt_day(dct - dt.timedelta(days=1))
    if "tomorrow" in words:
        return fmt_day(dct + dt.timedelta(days=1))
    if "today" in words or "tonight" in words:
        return fmt_day(dct)
    return None


def _quarter(w: list[str], text: str, ctx: Context, tense: Tense | None) -> Result | None:
    n = len(text)
    q = None
    half = "half" in w or any(x.endswith("-half") for x in w)
    for x in w:
        base = x.split("-")[0]
        if base in ORDINALS and (base != "last" or half):
            q = 2 if base == "last" else ORDINALS[base]
            break
    if q is None:
        return None
    if half and q > 2:
        return None
    if "period" in w or any(x.endswith("-period") for x in w):
        return None
    if q > 4:
        return None
    year = _year(w)
    dct = ctx.dct
    if year is None:
        if dct is None:
            return 0, n, "DATE", f"XXXX-{'H' if half else 'Q'}{q}"
        low = text.lower()
        if "last year" in low or "year-ago" in low or "year-earlier" in low:
            year = dct.year - 1
        elif "next year" in low:
            year = dct.year + 1
        else:
            year = dct.year
            current = quarter_of(dct) if not half else (1 if dct.month <= 6 else 2)
            if q > current and tense != "future":
                year -= 1
    v = f"{year:04d}-{'H' if half else 'Q'}{q}"
    last_day = bounds(v)[1]
    in_passing = w[0] in ("a", "an") and "-quarter" not in text.lower()  # "after a flat second quarter"
    if not half and last_day is not None and (dct is None or last_day <= dct) and not in_passing:
        ctx.quarter = v  # the quarter a report is about: one that has ended
        ctx.period_year = None
    return 0, n, "DATE", v


def _quarter_rel(w: list[str], text: str, ctx: Context) -> Result | None:
    n = len(text)
    dct = ctx.dct
    low = text.lower()
    if ctx.quarter is not None:
        ref = ctx.quarter
    elif dct is not None:
        ref = shift_quarter(f"{dct.year:04d}-Q{quarter_of(dct)}", -1)
    else:
        return 0, n, "DATE", "XXXX-QX"
    if "current" in w and dct is not None:
        return 0, n, "DATE", f"{dct.year:04d}-Q{quarter_of(dct)}"
    m = re.search(r"\b(\d{4})\b", low)
    if ctx.quarter is None and ctx.period_year is not None and "quarter" not in w:
        # after "the nine months": "the 1988 period", "the year-earlier results" name years
        if m:
            return 0, n, "DATE", m.group(1)
        if "year-ago" in low or "year-earlier" in low or "last year" in low or "a year" in low:
            return 0, n, "DATE", f"{ctx.period_year - 1:04d}"
    if m:
        return 0, n, "DATE", f"{m.group(1)}-Q{ref[-1]}"
    if "year-ago" in low or "year-earlier" in low or "last year" in low or "a year" in low:
        return 0, n, "DATE", shift_quarter(ref, -4)
    if "previous" in w or "prior" in w:
        return 0, n, "DATE", shift_quarter(ref, -1)
    return 0, n, "DATE", ref


def _ago(w: list[str], text: str, ctx: Context) -> Result | None:
    n = len(text)
    unit = _unit([x for x in w if x not in ("ago", "earlier", "hence", "before", "now", "from")])
    if unit is None:
        return None
    vague = any(x in VAGUE_NUMBERS for x in w)
    num = None if vague else _number([x for x in w if x not in ("ago", "earlier")])
    future = "hence" in w or ("from" in w and "now" in w)
    if num is None:
        return 0, n, "DATE", "FUTURE_REF" if future else "PAST_REF"
    sign = 1 if future else -1
    dct = ctx.dct
    if unit == "year" and num == 1 and ctx.quarter is None and ctx.period_year is not None:
        return 0, n, "DATE", f"{ctx.period_year - 1:04d}"  # "for the nine months ... a year earlier"
    if "earlier" in w:
        base = ctx.quarter if ctx.quarter and unit == "year" else ctx.anchor
        if base is not None:
            v = granular_shift(base, unit, sign * num)
            if v is not None:
                return 0, n, "DATE", v
    elif unit == "year" and num == 1 and ctx.quarter is not None:
        return 0, n, "DATE", shift_quarter(ctx.quarter, -4)
    if dct is None:
        return 0, n, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    v2 = shift_day_value(dct, unit, sign * num)
    if v2 is None:
        return None
    return 0, n, "DATE", v2


def _relmod(w: list[str], text: str, ctx: Context, tense: Callable[[], Tense | None]) -> Result | None:
    n = len(text)
    dct = ctx.dct
    unit = w[-1]
    if unit in ("whole", "entire"):
        return None
    if "whole" in w or "entire" in w:
        return 0, n, "DURATION", duration(1, unit if unit != "centuries" else "century")
    if "recent" in w:
        return 0, n, "DATE", "PAST_REF"
    if "past" in w and unit in ("decade", "century"):
        return 0, n, "DURATION", duration(1, unit)  # "the past decade": the ten years to now
    off = _offset(w)
    if "final" in w and unit == "quarter" and dct is not None:
        return 0, n, "DATE", f"{dct.year:04d}-Q4"
    if ("following" in w or "previous" in w) and w[0] == "the" and ctx.anchor is not None:
        shifted = granular_shift(ctx.anchor, unit, 1 if "following" in w else -1)
        b1 = None if shifted is None else bounds(shifted)[0]
        if b1 is not None:  # "the following year": after the date just named
            return 0, n, "DATE", _period_value(b1, unit, 0, ctx) or shifted or ""
    if "that" in w or ("same" in w and off == 0):
        base = ctx.anchor
        if base is None:
            return None
        b0, _ = bounds(base)
        if b0 is None:
            return None
        return 0, n, "DATE", _period_value(b0, unit, 0, ctx) or base
    if off is None:
        return None
    if unit in SEASONS:
        if dct is None:
            return 0, n, "DATE", f"XXXX-{SEASONS[unit]}"
        return 0, n, "DATE", resolve_season(dct, SEASONS[unit], off, tense())
    if dct is None:
        unknown = {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "quarter": "XXXX-QX",
            "season": "XXXX-XX",
            "decade": "XXX",
            "century": "XX",
        }
        return 0, n, "DATE", unknown.get(unit, "XXXX")
    v = _period_value(dct, unit, off, ctx)
    if v is None:
        return None
    if unit == "quarter":
        ctx.quarter = v
        ctx.period_year = None
    return 0, n, "DATE", v


def _period_value(d: dt.date, unit: str, off: int, ctx: Context) -> str | None:
    if unit in ("week", "month", "year", "quarter"):
        return shift_day_value(d, unit, off)
    if unit == "weekend":
        return fmt_week(d + dt.timedelta(days=7 * off)) + "-WE"
    if unit == "decade":
        return f"{(d.year // 10 + off):03d}"
    if unit == "century":
        return f"{(d.year // 100 + off):02d}"
    if unit == "season":
        y, s = season_here(d)
        return season_value(season_index(y, s) + off)
    return None


#: Days fixed by Easter, in days from Easter Sunday.
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2}


def _holiday(text: str, w: list[str], ctx: Context, tense: Tense | None) -> Result | None:
    n = len(text)
    if w[-1] == "week" or (len(w) > 1 and w[-2] == "week"):
        res = _holiday(text, [x for x in w if x != "week"], ctx, tense)  # "Easter week"
        day = None if res is None or len(res[3]) != 10 else dt.date.fromisoformat(res[3])
        return None if day is None else (0, n, "DATE", fmt_week(day))
    key = " ".join(x for x in w if not x.isdigit()).replace("’", "'")
    year = _year(w)
    on: Callable[[int], dt.date]
    if key in HOLIDAYS_FIXED or key.replace("'", "’") in HOLIDAYS_FIXED:
        mo, da = HOLIDAYS_FIXED.get(key) or HOLIDAYS_FIXED[key.replace("'", "’")]
        return 0, n, "DATE", _date_md(ctx, mo, da, year, tense)
    if key in HOLIDAYS_WEEKDAY:
        mo, wd, nth = HOLIDAYS_WEEKDAY[key]

        def on(y: int) -> dt.date:
            return nth_weekday(y, mo, wd, nth)
    elif key == "election day":

        def on(y: int) -> dt.date:  # US federal elections: the Tuesday after the first Monday of November
            return nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    elif key in _EASTER_DAYS:
        shift = _EASTER_DAYS[key]

        def on(y: int) -> dt.date:
            return easter(y) + dt.timedelta(days=shift)
    else:
        return None
    if year is not None:
        return 0, n, "DATE", fmt_day(on(year))
    if ctx.dct is None:
        return 0, n, "DATE", "XXXX-XX-XX"
    return 0, n, "DATE", fmt_day(pick_year(ctx.dct, on, tense))


def _dayrel(w: list[str], text: str, ctx: Context) -> Result | None:
    n = len(text)
    dct = ctx.dct
    part = _part(w)
    which = next(x for x in w if x in ("today", "yesterday", "tomorrow", "tonight"))
    if dct is None:
        if which == "today":
            return 0, n, "DATE", "PRESENT_REF"
        return 0, n, "DATE", "XXXX-XX-XX"
    d = dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(which, 0))
    if which == "tonight":
        return 0, n, "TIME", f"{fmt_day(d)}TNI"
    if part:
        return 0, n, "TIME", f"{fmt_day(d)}T{part}"
    return 0, n, "DATE", fmt_day(d)


def _set(w: list[str], text: str) -> Result | None:
    n = len(text)
    for x in w:
        if x in SET_WORDS:
            return 0, n, "SET", SET_WORDS[x]
    wd = _weekday(w)
    if wd is not None:
        return 0, n, "SET", f"XXXX-WXX-{wd}"
    month = _month(w)
    if month is not None:
        return 0, n, "SET", f"XXXX-{month:02d}"
    part = _part(w)
    if part:
        return 0, n, "SET", f"XXXX-XX-XXT{part}"
    s = next((SEASONS[x] for x in w if x in SEASONS), None)
    if s:
        return 0, n, "SET", f"XXXX-{s}"
    if "weekend" in w:
        return 0, n, "SET", "XXXX-WXX-WE"
    unit = _unit(w)
    if unit is None:
        return None
    return 0, n, "SET", duration(1, unit)


#: What half a unit adds to a duration ("2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S).
_HALF = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}

#: Words around the number of a duration that do not count ("at least the past 20 years").
_DURATION_MODIFIERS = word_set(
    "the past last next first final previous coming following latest initial remaining more than about "
    "nearly almost over at least roughly up to only just another approximately around fewer most full "
    "straight consecutive long or so additional extra further"
)


def _dur(w: list[str], text: str, ctx: Context, before: str, after: str) -> Result | None:
    n = len(text)
    if text[:5].lower() == "over " and text[5:9].lower() == "the ":
        res = _dur(w[1:], text[5:], ctx, before, after)  # "over the past three months"
        return None if res is None else (res[0] + 5, res[1] + 5, res[2], res[3])
    if w[-3:] == ["and", "a", "half"]:
        w = w[:-3]  # the half is added below
    unit = _unit(w)
    if unit is None:
        return None
    vague = any(x in VAGUE_NUMBERS for x in w)
    core = [x for x in w if x not in _DURATION_MODIFIERS]
    num = None if vague else _number(core[:-1] if len(core) > 1 else core)
    if num is None and not vague:
        return None
    if _OLD_AFTER.match(after):
        return None
    first = core[0] if core else ""
    if first in ("a", "an") and unit == "second":
        return None  # "a second time"
    per = _RATE_BEFORE.search(before)
    if first in ("a", "an", "single") and per and unit in ("day", "week", "month", "year", "hour"):
        return 0, n, "SET", duration(1, unit)
    if unit == "weekend":
        return None
    value = duration(num, unit)
    half = _AND_A_HALF.search(text)
    if half and num is not None and unit in _HALF:
        return 0, n, "DURATION", duration(num, unit) + _HALF[unit]  # "2 1/2 years" is P2Y6M
    decimal = next((x for x in core if _DECIMAL.fullmatch(x)), None)
    if decimal is not None:
        value = value.replace(str(num), decimal, 1)  # "7.98 seconds" is PT7.98S
    start = 0
    if w[0] == "the" and num != 1 and not text.lower().endswith("s"):
        start = 4  # "the 10-day period": "10-day" modifies the noun, "the" belongs to it
    return start, n, "DURATION", value


#: The normaliser of each rule of :data:`newscli.timeline.extents.RULES`.
HANDLERS: dict[str, Callable[[Hit], Result | None]] = {
    "iso": _r_iso,
    "slash": _r_slash,
    "dotted": _r_slash,
    "clock": _r_clock,
    "wdate": _r_wdate,
    "mdy": _r_wdate,
    "dmy": _r_wdate,
    "my": _r_my,
    "mrel": _r_mrel,
    "qshort": _r_qshort,
    "fy": _r_fy,
    "quarter": _r_quarter,
    "yquarter": _r_yquarter,
    "quarter_rel": _r_quarter_rel,
    "ago": _r_ago,
    "rel_wd": _r_rel_wd,
    "relmod": _r_relmod,
    "relmonth": _r_relmonth,
    "season_y": _r_season_y,
    "season": _r_season,
    "decade": _r_decade,
    "century": _r_century,
    "holiday": _r_holiday,
    "dayrel": _r_dayrel,
    "daypart": _r_daypart,
    "weekday": _r_weekday,
    "yearword": _r_yearword,
    "yearmod": _r_yearmod,
    "yearend": _r_yearend,
    "month": _r_month,
    "may": _r_month,
    "set": _r_set,
    "dur": _r_dur,
    "durq": _r_durq,
    "long": _r_long,
    "dur_adj": _r_dur_adj,
    "vague": _r_vague,
    "ref": _r_ref,
    "day_rel": _r_day_rel,
    "unit_the": _r_unit_the,
}


def normalise(
    rule: str, text: str, ctx: Context, tense: Callable[[], Tense | None], before: str, after: str
) -> Result | None:
    """Type and value of one matched extent, or None to drop it.

    ``tense`` gives the tense around the match (most rules never ask for it);
    ``before``/``after`` are a few characters of the sentence either side of the match.
    """
    handler = HANDLERS.get(rule)
    return None if handler is None else handler(Hit(rule, text, _tokens(text), ctx, tense, before, after))
