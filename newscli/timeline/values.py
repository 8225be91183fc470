"""Values: TIMEX3 normalisation of a matched extent, and the calendar days a value covers.

Relative expressions are resolved against the publication date (the DCT) and the tense
of their sentence; "a year earlier" and "the year-ago quarter" against the last date or
quarter the article named. Without a DCT they keep the TIMEX3 unknown forms (XXXX-02,
XXXX-WXX-4).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

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

#: A normalised expression: offsets trimmed from the match's start and end, type, value.
Result = tuple[int, int, str, str]

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[A-Za-z]+(?:['’][a-z]+)?|'\d\d")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_YEAR_NOUNS = frozenset(
    "shares people workers employees points units acres feet miles tons barrels cars vehicles members "
    "troops jobs students votes copies homes pounds dollars yen metres meters kilometres kilometers "
    "and-a".split()
)


@dataclass
class Context:
    """What resolution needs: the DCT, and what the article has named so far."""

    dct: dt.date | None
    anchor: str | None = None  # last resolved date value named in the text
    quarter: str | None = None  # last quarter named ("1989-Q3")
    extra: dict[str, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------- calendar


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift_quarter(value: str, n: int) -> str:
    y, q = int(value[:4]), int(value[6])
    k = y * 4 + (q - 1) + n
    return f"{k // 4:04d}-Q{k % 4 + 1}"


def bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last calendar day a DATE/TIME value covers, or (None, None)."""
    try:
        return _bounds(value)
    except ValueError:
        return None, None


def _bounds(v: str) -> tuple[dt.date | None, dt.date | None]:
    if not v[:1].isdigit() or "X" in v[:4]:
        return None, None
    v = v.split("T")[0]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        d = dt.date.fromisoformat(v)
        return d, d
    y = int(v[:4]) if len(v) >= 4 and v[:4].isdigit() else None
    if y is None:
        if re.fullmatch(r"\d{3}", v):
            return dt.date(int(v) * 10, 1, 1), dt.date(int(v) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            c = int(v) * 100
            return dt.date(max(c, 1), 1, 1), dt.date(c + 99, 12, 31)
        return None, None
    rest = v[4:]
    if rest == "":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if re.fullmatch(r"-\d\d", rest):
        m = int(rest[1:])
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    m2 = re.fullmatch(r"-W(\d\d)(-WE)?", rest)
    if m2:
        monday = dt.date.fromisocalendar(y, int(m2.group(1)), 1)
        if m2.group(2):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    m3 = re.fullmatch(r"-Q([1-4])", rest)
    if m3:
        q = int(m3.group(1))
        first = 3 * q - 2
        return dt.date(y, first, 1), dt.date(y, first + 2, calendar.monthrange(y, first + 2)[1])
    m4 = re.fullmatch(r"-H([12])", rest)
    if m4:
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if m4.group(1) == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if rest[1:] in _SEASON_MONTHS:
        a, b = _SEASON_MONTHS[rest[1:]]
        y2 = y + 1 if b < a else y
        return dt.date(y, a, 1), dt.date(y2, b, calendar.monthrange(y2, b)[1])
    return None, None


# ----------------------------------------------------------------------------- words


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _number(words: list[str]) -> int | None:
    """The number spelled by the words (digits or English), None if vague or absent."""
    total = 0
    seen = False
    for w in words:
        if w in VAGUE_NUMBERS:
            return None
        w2 = w.replace(",", "")
        if w2.isdigit():
            return int(w2)
        if re.fullmatch(r"\d+\.\d+", w2):
            return int(float(w2)) or None
        for part in w.split("-"):
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
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", w)
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1))
    return None


def _year(words: list[str]) -> int | None:
    for w in words:
        if re.fullmatch(r"\d{4}", w):
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


# ----------------------------------------------------------------------------- resolution


def resolve_weekday(dct: dt.date, wd: int, tense: Tense | None, strict: bool = False) -> dt.date:
    """The ``wd`` weekday (ISO) nearest the DCT in the tense's direction (the DCT itself counts)."""
    if tense == "future":
        n = (wd - dct.isoweekday()) % 7
        if strict and n == 0:
            n = 7
        return dct + dt.timedelta(days=n)
    n = (dct.isoweekday() - wd) % 7
    if strict and n == 0:
        n = 7
    return dct - dt.timedelta(days=n)


def resolve_month_year(dct: dt.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a month (and day) written without one.

    A day ("Dec. 15") is the occurrence nearest the DCT: news names the coming weeks and
    the past months, and a date more than half a year away is rarely meant. A bare month
    follows the tense ("in February he said" is the last February), else the nearest.
    """
    if day is None and tense == "past":
        return dct.year if month <= dct.month else dct.year - 1
    if day is None and tense == "future":
        return dct.year if month >= dct.month else dct.year + 1
    best, best_d = dct.year, 1 << 30
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            d = dt.date(y, month, day if day is not None else 15)
        except ValueError:
            d = dt.date(y, month, 28)
        dist = abs((d - dct).days)
        if dist < best_d:
            best, best_d = y, dist
    return best


def _season_here(d: dt.date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def _season_index(y: int, s: str) -> int:
    # winter belongs to the year of its December; order within a year: SP SU FA WI
    return y * 4 + ("SP", "SU", "FA", "WI").index(s)


def _season_value(k: int) -> str:
    return f"{k // 4:04d}-{('SP', 'SU', 'FA', 'WI')[k % 4]}"


def resolve_season(dct: dt.date, season: str, off: int | None, tense: Tense | None) -> str:
    y, cur = _season_here(dct)
    now = _season_index(y, cur)
    same_year = _season_index(y, season)
    if off == 0:
        return _season_value(same_year)
    if off == 1 or (off is None and tense == "future"):
        k = same_year if same_year > now else same_year + 4
        return _season_value(k)
    if off == -1 or (off is None and tense == "past"):
        k = same_year if same_year < now else same_year - 4
        return _season_value(k)
    return _season_value(same_year)


def nth_weekday(year: int, month: int, wd: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def granular_shift(base: str, unit: str, n: int) -> str | None:
    """``base`` (a DATE value) moved by ``n`` units, keeping its granularity."""
    b0, _ = bounds(base)
    if b0 is None:
        return None
    if re.fullmatch(r"\d{4}-Q\d", base):
        per = {"year": 4, "quarter": 1, "month": 0}.get(unit)
        if per:
            return shift_quarter(base, n * per)
        return None
    if re.fullmatch(r"\d{4}", base):
        if unit in ("year", "decade", "century"):
            mult = {"year": 1, "decade": 10, "century": 100}[unit]
            return f"{int(base) + n * mult:04d}"
        return None
    if re.fullmatch(r"\d{4}-\d\d", base):
        months = {"year": 12, "month": 1, "quarter": 3}.get(unit)
        if months:
            y, m = add_months(b0.year, b0.month, n * months)
            return f"{y:04d}-{m:02d}"
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", base):
        return shift_day_value(b0, unit, n)
    return None


def shift_day_value(d: dt.date, unit: str, n: int) -> str | None:
    """The DCT-like day ``d`` moved ``n`` units, at the unit's granularity."""
    if unit in ("day", "night"):
        return fmt_day(d + dt.timedelta(days=n))
    if unit in ("hour", "minute", "second"):
        return fmt_day(d)
    if unit in ("week", "fortnight"):
        return fmt_week(d + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        y, m = add_months(d.year, d.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        return shift_quarter(f"{d.year:04d}-Q{quarter_of(d)}", n)
    if unit == "year":
        return f"{d.year + n:04d}"
    if unit == "decade":
        return f"{d.year + 10 * n:04d}"
    if unit == "century":
        return f"{d.year + 100 * n:04d}"
    return None


def duration(n: int | None, unit: str) -> str:
    """The ISO 8601 duration of ``n`` units (``X`` when vague)."""
    code = UNITS.get(unit, "D")
    num = "X" if n is None else str(n)
    if code == "2W":
        return "PXW" if n is None else f"P{2 * n}W"
    if code == "Q":
        return "PXM" if n is None else f"P{3 * n}M"
    if code == "DE":
        return "PXDE" if n is None else f"P{10 * n}Y"
    if code == "CE":
        return "PXCE" if n is None else f"P{100 * n}Y"
    if code == "WE":
        return "P2D" if n == 1 else f"P{num}WE"
    if code == "SE":
        return f"P{num}M" if n is None else f"P{3 * n}M"
    if code.startswith("T"):
        return f"PT{num}{code[1]}"
    return f"P{num}{code}"


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


def _year_value(year: int, tense: Tense | None) -> str:
    return f"{year:04d}"


def normalise(rule: str, text: str, ctx: Context, tense: Tense | None, before: str, after: str) -> Result | None:
    """Type and value of one matched extent, or None to drop it.

    ``before``/``after`` are a few characters of the sentence either side of the match.
    """
    w = _tokens(text)
    dct = ctx.dct
    n = len(text)

    if rule == "iso":
        d = text[:10]
        try:
            dt.date.fromisoformat(d)
        except ValueError:
            return None
        return (0, n, "TIME", text[:16]) if "T" in text else (0, n, "DATE", d)

    if rule in ("slash", "dotted"):
        parts = [int(p) for p in re.split(r"[/.]", text)]
        if rule == "slash":
            mo, da, y = parts
        else:
            da, mo, y = parts
        if y < 100:
            y += 1900 if y > 30 else 2000
        try:
            return 0, n, "DATE", fmt_day(dt.date(y, mo, da))
        except ValueError:
            return None

    if rule == "clock":
        hm = _clock(text)
        if hm is None:
            return None
        if re.fullmatch(r"\d{1,2}:\d\d", text.strip()) and not re.search(r"\b(?:at|by|until|before|after)\s*$", before):
            return None  # a score or a ratio, not a time of day
        tail = text
        m = re.search(r"\b(?:a\.m\.?|p\.m\.?|am|pm|noon|midnight|o'clock|morning|afternoon|evening)", text, re.I)
        if m:
            tail = text[m.end():]
        tw = _tokens(tail)
        day_value = _day_of(tw, ctx, tense)
        if day_value is None:
            if dct is None:
                return 0, n, "TIME", f"XXXX-XX-XXT{hm}"
            day_value = fmt_day(dct)
        return 0, n, "TIME", f"{day_value}T{hm}"

    if rule in ("wdate", "mdy", "dmy"):
        month = _month(w)
        day = _day(w)
        if month is None or day is None:
            return None
        year = _year(w)
        value = _date_md(ctx, month, day, year, tense)
        return 0, n, "DATE", value

    if rule == "my":
        month, year = _month(w), _year(w)
        if month is None or year is None:
            return None
        return 0, n, "DATE", f"{year:04d}-{month:02d}"

    if rule == "mrel":
        month = _month(w)
        if month is None:
            return None
        if dct is None:
            return 0, n, "DATE", f"XXXX-{month:02d}"
        off = -1 if "last" in w else 1 if "next" in w else 0
        return 0, n, "DATE", f"{dct.year + off:04d}-{month:02d}"

    if rule == "quarter":
        return _quarter(w, text, ctx, tense)

    if rule == "yquarter":
        y = _year(w)
        q = next((ORDINALS[x.split("-")[0]] for x in w if x.split("-")[0] in ORDINALS and x != "last"), None)
        if y is None:
            return None
        if q is None:
            ref = ctx.quarter or (f"{dct.year:04d}-Q{quarter_of(dct)}" if dct else None)
            if ref is None:
                return 0, n, "DATE", f"{y:04d}"
            q = int(ref[-1])
        return 0, n, "DATE", f"{y:04d}-Q{q}"

    if rule == "quarter_rel":
        return _quarter_rel(w, text, ctx)

    if rule == "ago":
        return _ago(w, text, ctx)

    if rule == "rel_wd":
        wd = _weekday(w)
        if wd is None:
            return None
        if dct is None:
            return 0, n, "DATE", f"XXXX-WXX-{wd}"
        if "next" in w or "coming" in w:
            d = resolve_weekday(dct, wd, "future", strict=True)
        elif "last" in w or "past" in w:
            d = resolve_weekday(dct, wd, "past", strict=True)
        else:
            d = resolve_weekday(dct, wd, tense)
        part = _part(w)
        return (0, n, "TIME", f"{fmt_day(d)}T{part}") if part else (0, n, "DATE", fmt_day(d))

    if rule == "relmod":
        return _relmod(w, text, ctx, tense)

    if rule == "relmonth":
        month = _month(w)
        if month is None:
            return None
        if dct is None:
            return 0, n, "DATE", f"XXXX-{month:02d}"
        if "next" in w:
            y = dct.year if month > dct.month else dct.year + 1
        elif "last" in w or "past" in w:
            y = dct.year if month < dct.month else dct.year - 1
        else:
            y = dct.year
        return 0, n, "DATE", f"{y:04d}-{month:02d}"

    if rule == "season_y":
        s = next((SEASONS[x] for x in w if x in SEASONS), None)
        y = _year(w)
        if s is None or y is None:
            return None
        return 0, n, "DATE", f"{y:04d}-{s}"

    if rule == "season":
        s = next((SEASONS[x] for x in w if x in SEASONS), None)
        if s is None:
            return None
        if w[-1] == "fall" and w[0] in ("the",) and len(w) == 2 and not re.match(r"\s*(?:of|,|\.|$)", after):
            return None  # "the fall in prices"
        if dct is None:
            return 0, n, "DATE", f"XXXX-{s}"
        return 0, n, "DATE", resolve_season(dct, s, _offset(w), tense)

    if rule == "decade":
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

    if rule == "century":
        num = None
        for x in w:
            m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", x)
            if m:
                num = int(m.group(1))
            elif x.split("-")[0] in ORDINALS and x != "last":
                num = ORDINALS.get(x, ORDINALS.get(x.split("-")[0]))
        if num is None:
            return None
        return 0, n, "DATE", f"{num - 1:02d}"

    if rule == "holiday":
        return _holiday(text, w, ctx, tense)

    if rule == "dayrel":
        return _dayrel(w, text, ctx)

    if rule == "daypart":
        part = _part(w)
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

    if rule == "weekday":
        wd = _weekday(w)
        if wd is None:
            return None
        part = _part(w)
        if dct is None:
            v = f"XXXX-WXX-{wd}"
        else:
            v = fmt_day(resolve_weekday(dct, wd, tense))
        return (0, n, "TIME", f"{v}T{part}") if part else (0, n, "DATE", v)

    if rule == "yearword":
        y = _spoken_year(w)
        return None if y is None else (0, n, "DATE", f"{y:04d}")

    if rule == "yearmod":
        y = _year(w)
        if y is None:
            return None
        nxt = re.match(r"\s*([a-z]+)", after)
        if nxt and nxt.group(1) in _YEAR_NOUNS:
            return None
        if re.match(r"\s*(?:-|–)\s*\d", after) and not re.match(r"\s*(?:-|–)\s*(?:\d\d\b|\d{4}\b)", after):
            return None
        if re.search(r"(?:No\.|#|Nos?\.?|[Rr]oute|[Ff]light|[Rr]oom|[Aa]rticle|Section|[Pp]age)\s*$", before):
            return None
        if y < 1600 and not re.search(r"\b(?:in|since|of|year|by|until|from|before|after|the)\s*$", before, re.I):
            return None
        return 0, n, "DATE", _year_value(y, tense)

    if rule == "yearend":
        if dct is None:
            return 0, n, "DATE", "XXXX-12-31"
        y = dct.year - 1 if re.search(r"\bsince\s*$", before) else dct.year
        return 0, n, "DATE", f"{y:04d}-12-31"

    if rule == "month":
        month = _month(w)
        if month is None:
            return None
        s = _strip_lead(text, ("in", "since", "until", "by", "from", "through", "of"))
        return s, n, "DATE", _date_md(ctx, month, None, None, tense)

    if rule == "set":
        return _set(w, text)

    if rule == "dur":
        return _dur(w, text, ctx, before, after)

    if rule == "dur_adj":
        if text.lower().endswith("-old"):
            return None
        unit = _unit(w)
        num = _number([x.split("-")[0] for x in w])
        if unit is None or num is None:
            return None
        return 0, n, "DURATION", duration(num, unit)

    if rule == "vague":
        unit = _unit(w)
        if unit is None:
            return None
        s = _strip_lead(text, ("for", "within"))
        if w[0] == "recent" and unit == "year":
            return s, n, "DATE", "PAST_REF"
        return s, n, "DURATION", duration(None, unit)

    if rule == "ref":
        key = " ".join(w)
        val = REFERENCES.get(key)
        if val is None:
            return None
        if key in ("current", "future") and not _adjective_ok(after):
            return None
        if key == "soon" and re.search(r"\bas\s*$", before):
            return None
        return 0, n, "DATE", val

    if rule == "unit_the":
        unit = w[-1]
        if unit == "year":
            if re.match(r"\s+(?:before|earlier|after|later)\b", after):
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
        return None
    return None


def _spoken_year(w: list[str]) -> int | None:
    """"nineteen ninety-six" is 1996, "two thousand and one" 2001."""
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
    """"current", "recent" and "future" as timexes: before a noun of news, not a technical one."""
    m = re.match(r"\s*([A-Za-z]+)", after)
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
    for x in w:
        base = x.split("-")[0]
        if base in ORDINALS and base != "last":
            q = ORDINALS[base]
            break
    if q is None:
        return None
    half = "half" in w or any(x.endswith("-half") for x in w)
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
    if not half and (dct is None or bounds(v)[0] or dct) <= dct:
        ctx.quarter = v  # the quarter a report is about: one that has begun
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


def _relmod(w: list[str], text: str, ctx: Context, tense: Tense | None) -> Result | None:
    n = len(text)
    dct = ctx.dct
    unit = w[-1]
    if unit in ("whole", "entire"):
        return None
    if "whole" in w or "entire" in w:
        return 0, n, "DURATION", duration(1, unit if unit != "centuries" else "century")
    if "recent" in w:
        return 0, n, "DATE", "PAST_REF"
    off = _offset(w)
    if "final" in w and unit == "quarter" and dct is not None:
        return 0, n, "DATE", f"{dct.year:04d}-Q4"
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
        return 0, n, "DATE", resolve_season(dct, SEASONS[unit], off, tense)
    if dct is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                   "quarter": "XXXX-QX", "season": "XXXX-XX", "decade": "XXX", "century": "XX"}
        return 0, n, "DATE", unknown.get(unit, "XXXX")
    v = _period_value(dct, unit, off, ctx)
    if v is None:
        return None
    if unit == "quarter":
        ctx.quarter = v
    return 0, n, "DATE", v


def _period_value(d: dt.date, unit: str, off: int, ctx: Context) -> str | None:
    if unit == "week":
        return fmt_week(d + dt.timedelta(days=7 * off))
    if unit == "weekend":
        return fmt_week(d + dt.timedelta(days=7 * off)) + "-WE"
    if unit == "month":
        y, m = add_months(d.year, d.month, off)
        return f"{y:04d}-{m:02d}"
    if unit == "year":
        return f"{d.year + off:04d}"
    if unit == "quarter":
        return shift_quarter(f"{d.year:04d}-Q{quarter_of(d)}", off)
    if unit == "decade":
        return f"{(d.year // 10 + off):03d}"
    if unit == "century":
        return f"{(d.year // 100 + off):02d}"
    if unit == "season":
        y, s = _season_here(d)
        return _season_value(_season_index(y, s) + off)
    return None


def _holiday(text: str, w: list[str], ctx: Context, tense: Tense | None) -> Result | None:
    n = len(text)
    key = " ".join(x for x in w if not x.isdigit())
    key = key.replace("’", "'")
    year = _year(w)
    dct = ctx.dct
    if key in HOLIDAYS_FIXED or key.replace("'", "’") in HOLIDAYS_FIXED:
        mo, da = HOLIDAYS_FIXED.get(key) or HOLIDAYS_FIXED[key.replace("'", "’")]
        return 0, n, "DATE", _date_md(ctx, mo, da, year, tense)
    if key in HOLIDAYS_WEEKDAY:
        mo, wd, nth = HOLIDAYS_WEEKDAY[key]
        if year is None:
            if dct is None:
                return 0, n, "DATE", f"XXXX-{mo:02d}"
            year = dct.year
            if nth_weekday(year, mo, wd, nth) > dct and tense != "future":
                year -= 1
            elif nth_weekday(year, mo, wd, nth) < dct and tense == "future":
                year += 1
        return 0, n, "DATE", fmt_day(nth_weekday(year, mo, wd, nth))
    return None


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


def _dur(w: list[str], text: str, ctx: Context, before: str, after: str) -> Result | None:
    n = len(text)
    unit = _unit(w)
    if unit is None:
        return None
    vague = any(x in VAGUE_NUMBERS for x in w)
    core = [x for x in w if x not in ("the", "past", "last", "next", "first", "final", "previous", "coming",
                                     "following", "latest", "initial", "remaining", "more", "than", "about",
                                     "nearly", "almost", "over", "at", "least", "roughly", "up", "to",
                                     "only", "just", "another", "approximately", "around", "fewer", "most",
                                     "full", "straight", "consecutive", "long", "or", "so")]
    num = None if vague else _number(core[:-1] if len(core) > 1 else core)
    if num is None and not vague:
        return None
    if re.match(r"\s*old\b", after) or re.match(r"-old\b", after):
        return None
    first = core[0] if core else ""
    if first in ("a", "an") and unit == "second":
        return None  # "a second time"
    if first in ("a", "an", "single") and re.search(r"(?:\d|%|\bpercent|\bcents?|\btimes|\bonce|\btwice)\s*$", before):
        if unit in ("day", "week", "month", "year", "hour"):
            return 0, n, "SET", duration(1, unit)
    if unit == "weekend":
        return None
    return 0, n, "DURATION", duration(num, unit)
