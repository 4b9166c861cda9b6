"""Boilerplate detection for the clean stage: which lines of a scraped text are not the article.

Lines are judged by their form, wherever they stand: menus are runs of short link-like lines or
one line of fragments between separators; "Related"/"Read more" lists are a cue line and the
headlines under it; calls to action pair an imperative with a marketing word, and a blurb full of
marketing words that shares nothing with the article is a promotion; footers, cookie banners,
share rows, ad markers and comment sections have a few fixed phrasings. Runs of short lines or
headlines count as menus only around the article, or, inside it, when they are everyday words.
Each verdict carries its reason, so `briefing clean --explain` can say why a line went.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from briefing.clean_words import wordset, zipf

# A run of this many short lines in a row reads as a menu or link list, not as headings.
MENU_RUN = 3
# Menu items are everyday words: each at least this common (zipf 4 ≈ ten per million words).
MENU_WORD_ZIPF = 4.0
# Longer lines are prose even when they mention cookies, copyright or a photo agency.
MAX_CUE_WORDS = 40
# A widget's text (a sign-up form, a web archive's notice, a caption) runs longer, but its phrasing
# is never prose: those cues hold up to this many words.
MAX_WIDGET_WORDS = 120
# A credit that only ends in "contributed" is short: "AP writer Ken Thomas contributed."
SHORT_CREDIT_WORDS = 20
# A call to action runs to a few sentences at most ("Get access to … Use the code …").
MAX_CTA_WORDS = 60
# A line of at most this many words, without sentence punctuation, is "short" (a link, a tab).
SHORT_WORDS = 4

# A sentence ends in one of these, perhaps followed by closing quotes and brackets.
_TERMINALS = (".", "!", "?", "…")
_CLOSERS = "\"'”’)]"
_WORD = re.compile(r"[\w'’-]+")
# In ASCII, the characters of `_WORD` are letters, digits, "_", "'" and "-": every other byte made a
# space, `bytes.split` gives the same words several times faster than the regex (and `str.translate`).
_ASCII_NON_WORD = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_'-") else 32 for c in range(256))
# URLs, e-mail addresses, code and CMS shortcodes ("[button link=…]", "review[/button]").
_URLISH = re.compile(r"://|^www\.|^[\w.+-]+@[\w-]+\.\w|[{};]$|^\w+=[\"']|\[/?[a-z_]+[\] ]|^\[[a-z_]+$")
_CLICK_HERE = re.compile(r"\bclick here\b", re.IGNORECASE)
# Every URL, address or piece of code `_URLISH` finds holds one of these.
_MACHINE_MARKS = ("://", "www.", "@", "=", "{", "}", ";", "[")
_MACHINE_CHAR = re.compile(r"[@={};\[]")
# A menu on one line has items between these separators.
_MENU_MARKS = tuple("|•·»›/>")
_SEPARATORS = re.compile(r"\s+[|•·»›/>]\s+|\s*[|•·]\s*")

STOPWORDS = wordset(
    "a about after all also an and are as at be been but by can could for from had has have he her "
    "his how i if in into is it its more new not of on or our out over said says she so than that "
    "the their them there they this to up was we were what when which while who will with would you "
    "your"
)

# The reason for a video player's text, whichever cue finds it: the headlines right after it are its playlist.
PLAYER_TEXT = "embedded player text"

# Cues at the start of a line, each (reason, pattern); all are tried at once, anchored at the start.
_START_CUES = (
    ("footer", r"(about us|contact( us)?|careers|advertise( with us)?|sitemap|accessibility|imprint)$"),
    ("cookie banner", r"(accept|reject|decline)( all)?( cookies)?$|manage (preferences|cookies|consent)"),
    ("share prompt", r"(share|tweet|email|print|copy link|save)( (this|the) (article|story|page|link))?( on \w+)?$"),
    ("share prompt", r"share (this|on|via)\b|follow us\b|(like|follow) us on\b"),
    ("social prompt", r"follow\b.{0,60}\b(facebook|twitter|instagram)\b.{0,30}$"),
    # A reporter's handle under the story: "Follow Jane Roe on Twitter and …", "Follow Jane Roe at twitter.com/…".
    (
        "social prompt",
        r"follow (?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3} "
        r"(on twitter\b|at (https?://)?(www\.)?twitter\.com/|@\w)",
    ),
    # "The views expressed by this author are their own …", "Disclosure: The author has no positions …".
    (
        "author's disclaimer",
        r"(the )?(views|opinions) expressed (in this (article|commentary|column|piece|post|op-ed)|"
        r"by (this|the) (author|writer|contributor)|here)\b|disclosure\s*:\s*(the author|i|we)\b|"
        r"the author (has no (positions|business relationship)|wrote this article|is not receiving)\b",
    ),
    ("advertisement", r"(advertisement|advert|ad|sponsored( content)?|paid (content|post)|promoted)$"),
    # Alone on its line: run into a paragraph, the label is cut off and the paragraph stays.
    (
        "advertisement",
        r"((story|article) continu(es?|ed) below( (the )?(advert|advertisement|ad))?|"
        r"continue reading( the main story| below)?|scroll (down )?to continue( reading)?)"
        r"\W*$",
    ),
    (
        PLAYER_TEXT,
        r"rating is available when the video has been rented|this feature is not available right now|"
        r"the interactive transcript could not be loaded|javascript is disabled|(you need|please) to enable javascript|"
        r"please enable javascript|"
        r"your browser does not support",
    ),
    (
        "read-more link",
        r"(read more|read next|related|see also|more|watch|listen|also read|also on [\w.]+)\s*[:|»›>-]\s*\S",
    ),
    (
        "paywall prompt",
        r"(subscribe|log in|sign in|register) to (continue|keep) reading|already (a subscriber|have an account)",
    ),
    (
        "comment prompt",
        r"(load|show|view) (more|all) comments|(\d+ )?comments?$|(leave|post|add) a (comment|reply)|"
        r"(log|sign) in to comment|comments are closed|tell us what you think|what do you think\?$|"
        r"join the (conversation|discussion)",
    ),
    ("contact line", r"have a (news )?tip\?|(send|email) (us )?your (tips|news)\b"),
    # "Contact Tracey Kaplan at 408-…", "Write to Kevin Clark at …", "Reach Josh Lederman on Twitter".
    # ("Reach" only before an address or Twitter: "Reach Portsmouth on the A3" is directions.)
    (
        "contact line",
        r"(contact|write to|e-?mail) (him|her|them|(?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3}) (at|on|via)\b|"
        r"reach (?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){0,3} (at [\w.+-]+@|at \(?\d|on twitter)",
    ),
    ("contributor credit", r"contributing( writers?| reporters?)?\s*:|(with )?(additional reporting|assistance) by\b"),
    ("contributor credit", r"\((reporting|writing|editing|additional reporting) by\b"),
    (
        "correction or update note",
        r"correction\s*:|(an earlier|a previous) version of this (article|story|post)\b|"
        r"this (article|story|post|piece) (was|has been|is) (amended|edited|updated|corrected)\b",
    ),
    (
        "footer",
        r"(this (article|story|post) )?(originally|first) (published|appeared) (on|in|at)\b|"
        r"a version of this (article|story) appear(s|ed)\b|from wikipedia, the free encyclopedia$",
    ),
    ("read-more link", r"for (more of )?(ap'?s|our|the) (complete|full|latest) coverage\b"),
    # A link label in capitals before a headline: "RELATED Amanda Knox proclaims …", "ALSO READ: …".
    ("read-more link", r"(?-i:RELATED|ALSO READ|READ MORE|MORE FROM \w+)\b\s*:?\s*(?-i:[A-Z'\"‘“])"),
    # A whole line in brackets that is a link: "[RELATED: …]", "[VIDEO: …]", "[READ THE LETTER.]".
    ("read-more link", r"\[(?-i:RELATED|READ|WATCH|VIDEO|PHOTOS?|SEE|LISTEN|MORE|ALSO)\b[^\]]*\]?$"),
    # A link's label before a headline: "STORY: Director Spent Final Days …", "Explore further: New catalyst …".
    ("read-more link", r"(?-i:STORY)\s*:\s*(?-i:[A-Z'\"‘“])|explore further\s*:"),
    (
        PLAYER_TEXT,
        r"(media playback is (unsupported|not supported) on your device|media caption\b|text size\b|"
        r"play video\b|enlarge (this )?image\b|just watched\b)",
    ),
    ("photo caption", r"image (copyright|caption)\b"),
    ("error page", r"sorry, (the|this) page (you (requested|were looking for) )?(could not|cannot|can'?t) be found\b"),
    (
        "correction or update note",
        r"updated (at )?\d{1,2}[:.]\d{2} ?[ap]\.?m\.?\b.{0,60}\bto (correct|reflect|include|add)\b",
    ),
    ("contact line", r"to contact the (reporters?|editors?|writers?) (on|of|for|responsible for) this story\b"),
    ("footer", r"this (article|story) appeared (on page|in (the )?print)\b"),
    ("links or code, not prose", r"//\s*\w+\.\w+\(|\(?function\s*\(\s*\)\s*\{"),
    # A picture's share buttons copied with its caption: "Facebook Twitter Pinterest The battleship in 1944."
    ("photo caption", r"facebook twitter pinterest\b"),
    ("call to action", r"\W*click here|see more\s*:"),
    ("photo credit", r"(photo|image|photograph|picture|video|credit)s?( credit)?\s*:"),
    # The wire's caption form: "FILE - In this May 2, 2016, file photo, the senator …", "In this photo provided by …".
    ("photo caption", r"(file\s*[-–—]+\s*)?in this\b[^.]{0,60}?\b(file )?photo\b"),
    ("contributor credit", r"([\w.,'’-]+ ){0,10}contributed( reporting)? to this (report|story|article)\.?$"),
    ("byline or date", r"(by|written by|words by)\s+(?-i:[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})(\s*[|,·].*)?$"),
    ("byline or date", r"(published|updated|posted|last updated)\b.{0,40}$|\d+\s+min(ute)?s?\s+read$"),
)
_START_CUE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(_START_CUES)), re.IGNORECASE)
# The same without the contributor credit, whose pattern is slow to fail (it tries up to ten words
# before its phrase): for the lines that cannot hold "contributed". Same names, same order.
_START_CUE_NO_CREDIT = re.compile(
    "|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(_START_CUES) if "contributed" not in p),
    re.IGNORECASE,
)
_START_REASONS = {f"c{i}": reason for i, (reason, _) in enumerate(_START_CUES)}
# Cues anywhere in a line: (reason, words one of which the line must hold, pattern). The words are
# a cheap test (`in`), so the pattern runs only on the few lines that could match.
_ANYWHERE_CUES: tuple[tuple[str, tuple[str, ...], re.Pattern[str], int], ...] = tuple(
    (reason, keys, re.compile(pattern, re.IGNORECASE), limit)
    for reason, keys, pattern, limit in (
        (
            "footer",
            ("©", "rights reserved", "copyright", "privacy policy", "terms of"),
            r"©|\ball rights reserved\b|\bcopyright\b|\b(privacy policy|terms of (use|service))\b",
            MAX_CUE_WORDS,
        ),
        (
            "cookie banner",
            ("cookie",),
            r"\bcookies?\b.*\b(accept|consent|agree|settings|preferences|policy|experience|use)\b",
            MAX_CUE_WORDS,
        ),
        (
            "social prompt",
            ("follow",),
            r"\bfollow (us|him|her|them|@?\w+) on (twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky)\b",
            MAX_CUE_WORDS,
        ),
        ("contact line", ("reached at",), r"\b(may|can) be reached at\b", MAX_CUE_WORDS),
        (
            "call to action",
            ("delivered",),
            r"\bdelivered\b.{0,30}\b(your (inbox|door|doorstep|letterbox|mailbox)|weekday mornings)\b",
            MAX_CUE_WORDS,
        ),
        ("photo credit", ("getty", "shutterstock"), r"\b(getty images|shutterstock)\b", MAX_CUE_WORDS),
        # Whatever comes first, the credit's closing words say it: "AP writers A and B contributed to this report."
        (
            "contributor credit",
            ("contributed",),
            r"\bcontributed( reporting)? to this (report|story|article)\.?$",
            MAX_CUE_WORDS,
        ),
        (
            "contact line",
            ("contact", "email us"),
            r"\bcontact (him|her|them) at ([\w.+-]+@|\(?\d)|\bemail us at\b",
            MAX_CUE_WORDS,
        ),
        (
            "call to action",
            ("subscribe now", "sign up here"),
            r"\b(subscribe now|please sign up here)\b",
            MAX_CUE_WORDS,
        ),
        (
            "correction or update note",
            ("updated", "amended", "corrected"),
            r"\b(this|the) (post|story|article|piece) (has been|was|is) (updated|amended|corrected)\b",
            MAX_CUE_WORDS,
        ),
        ("read-more link", ("read more",), r"\bread more\s*[.»›>…]*$", MAX_CUE_WORDS),
        (
            "comment prompt",
            ("comments",),
            r"\bcomments (for|on) this (post|article|story) (are|have been) (now )?closed\b",
            MAX_CUE_WORDS,
        ),
        # A short credit without "to this report": "AP writer Ken Thomas contributed."
        (
            "contributor credit",
            ("contributed",),
            r"\b(writers?|reporters?|correspondents?|staff|press|ap|reuters)\b.{0,100}\bcontributed( reporting)?\.?$",
            SHORT_CREDIT_WORDS,
        ),
        # The Internet Archive's notice on a saved page: "These crawls are part of an effort to archive …".
        (
            "web archive notice",
            ("crawl", "wayback"),
            r"\bcrawl(s|ed|ing|ers?)?\b.{0,200}\b(internet archive|wayback machine|archive pages)\b|"
            r"\b(internet archive|wayback machine)\b.{0,200}\bcrawl|\bcrawls of supported\b|\bcrawl of outlinks\b|"
            r"\bcrawls performed by (ia|the internet archive)\b",
            MAX_WIDGET_WORDS,
        ),
        (
            PLAYER_TEXT,
            ("skip in skip", "replay more videos", "copy this code", "toggle caption", "skip ad", "must watch"),
            r"\bskip in skip x embed x share\b|\breplay more videos\b|\bcopy this code to your (website|site|blog)\b|"
            r"\btoggle caption\b|\bautoplay close skip ad\b|\bmust watch\b.{0,200}\bjust watched\b",
            MAX_WIDGET_WORDS,
        ),
        (
            "embedded tweet text",
            ("tweet",),
            r"\btweet location history\b|\blocation information to your tweets\b|^tweet with a location$",
            MAX_WIDGET_WORDS,
        ),
        (
            "newsletter sign-up form",
            (
                "sign up",
                "sign-up",
                "signing up",
                "unsubscribe",
                "robot",
                "for subscribing",
                "as an interest",
                "registering",
                "confirmation e",
            ),
            r"\b(e-?mail|newsletter) sign[- ]?up\b|\bby signing up\b|\byou (can|may) (unsubscribe|opt[- ]out)\b|"
            r"\bnot a robot\b|\bthanks?( you)? for (subscribing|registering)\b|\badd as an interest\b|"
            r"\bwe('ve| have) sent (you )?a confirmation e-?mail\b",
            MAX_WIDGET_WORDS,
        ),
    )
)
_ANYWHERE_KEYS = tuple(key for _, keys, _, _ in _ANYWHERE_CUES for key in keys)
# The keys of the cues a line longer than MAX_CUE_WORDS can still match (the widgets').
_WIDGET_KEYS = tuple(key for _, keys, _, limit in _ANYWHERE_CUES if limit > MAX_CUE_WORDS for key in keys)
# A caption ends with its credit: "… in Cannes on May 15. (REUTERS/Eric Gaillard)", "… (Associated Press)".
# Searched in the line's last characters only, and only when they hold a "/" or a bracket.
_CAPTION_CREDIT = re.compile(
    # The agency, a slash and the photographer ("REUTERS/Eric Gaillard", "AFP/Stringer"); not a poll's
    # name ("Reuters/Ipsos").
    r"(\b(reuters|ap photo|afp|epa|getty images)\s?/\s?"
    r"((?-i:[A-Z])[\w.'’-]*( [\w.'’-]+){1,3}|stringer|staff|pool|file|handout)|"
    r"\((associated press|ap|reuters|afp|getty images)\)?|"
    # "(Photo: Matt Sayles, Invision/AP)", "(Courtesy of the State Department)", "(U.S. Navy photo)",
    # "(Seth Wenig/AP)": a keyword, or a name of two words or more, a slash and the outlet.
    r"\((photo|image|credit|picture)s?( credit)?\s*:[^()]{1,80}\)?|\(courtesy\b[^()]{0,60}\)?|\([^()]{0,40}\bphoto\)?|"
    r"\((?-i:[A-Z])[\w.'’-]*( (?-i:[A-Z])[\w.'’-]*){1,3} ?/ ?(?-i:[A-Z])[^()/]{1,50}\)?"
    r")\W{0,2}$",  # (the line's closing bracket is trimmed)
    re.IGNORECASE,
)
CREDIT_TAIL = 60
# A link to another article with its source, at the end of a headline: "GOP candidates jump on Obama
# [Politico]", "Cat lost at JFK [Facebook]", "… [BurgerBusiness.com]". (Checked only on lines ending in "]".)
_SOURCE_TAG = re.compile(r"(?<=[^\s.!?\"”’]) \[[A-Z][\w.&/'’ -]{0,40}\]$")
# Headers of lists of other articles; the headlines under them go too. A header is a few words
# with no sentence punctuation: "More from the mayor: she said…" and "In other words, …" are prose.
_LIST_HEADER = re.compile(
    r"^(related( articles| stories| coverage| content| reading| news| links)?|read more|read next|see also|"
    r"more (from|on|in|about|stories|news)\b(?:[ \t]+[^\s.!?,;:]+){0,5}|recommended( for you| stories| reading)?|"
    r"you (may|might) (also )?(like|enjoy)|most (read|popular|viewed|shared)|trending( now| stories)?|"
    r"top stories|latest( news| stories)?|further reading|editor'?s picks|popular( now)?|what to read next|"
    r"in other news|in case you missed( it| this)?|don'?t miss|see more|more like this|related posts|previously|"
    r"story highlights|also( read| see)?|must[- ]reads?|online|read more from\b(?:[ \t]+[^\s.!?,;:]+){0,5})\s*[:.]?$",
    re.IGNORECASE,
)
_COMMENT_HEADER = re.compile(
    r"^(\d+ (thoughts|responses|replies|comments) (on|to)\b|leave a (reply|comment)$|comments?( \(\d+\))?$|"
    r"reader comments$|join the conversation$|\d+ comments?$)",
    re.IGNORECASE,
)
# Calls to action: an imperative that opens the line, plus a word only marketing uses.
_CTA_VERBS = (
    r"(just )?(subscribe|sign up|sign in|log in|register|download|get|try|join|follow|click|tap|upgrade|unlock|"
    r"support|become|listen|watch|don'?t miss|never miss|want|start|claim|save|enjoy|stay|fill in)\b"
)
_CTA_VERB = re.compile("^" + _CTA_VERBS, re.IGNORECASE)
_ACCOUNT_PROMPT = re.compile(
    r"^(subscribe|sign up|sign in|log in|log out|register|create an account|my account)\b", re.I
)
_NEWSLETTER_TITLE = re.compile(r"^[\w' &-]{1,40} newsletters?$", re.IGNORECASE)
# The words of _CTA_NOUN as a set, for counting them in a line quickly.
MARKETING_WORDS = wordset(
    "newsletter newsletters inbox app offer free trial premium member members membership account podcast "
    "stories journalism deal deals coupon discount unlimited access updates alerts briefing digest"
)
_CTA_NOUN = re.compile(
    r"\b(newsletters?|inbox|subscri\w+|app|offer|free|trial|premium|members?(hip)?|account|podcast|stories|"
    r"mailing list|"
    r"journalism|deals?|coupon|discount|\d+\s?%|unlimited|access|updates|alerts|briefing|digest)\b",
    re.IGNORECASE,
)


LinePredicate = Callable[[str], bool]


class Verdict(str):
    """Why a line is boilerplate: the reason itself, as text; empty for a line of the article.
    (A string, so testing a verdict, done many times for every line, needs no Python call.)"""

    __slots__ = ()

    @property
    def reason(self) -> str:
        return str(self)


KEEP = Verdict()


@lru_cache(maxsize=8192)
def words(line: str) -> tuple[str, ...]:
    """The words of a line (cached: every rule asks, and the same lines are judged again)."""
    if line.isascii():  # most lines
        return tuple(line.encode().translate(_ASCII_NON_WORD).decode().split())
    return tuple(_WORD.findall(line))


def ends_sentence(line: str) -> bool:
    """Ends like a sentence: ".", "!", "?" or "…", perhaps inside closing quotes or brackets
    (string methods, not a regex: this is asked of every line and token, many times)."""
    return line.removesuffix("\n").rstrip(_CLOSERS).endswith(_TERMINALS)


def is_short(line: str) -> bool:
    """A fragment: a handful of words and no sentence punctuation (a menu item, a tab, a link)."""
    return len(words(line)) <= SHORT_WORDS and not ends_sentence(line)


def is_prose(line: str) -> bool:
    """Reads as article prose: a sentence of some length."""
    count = len(words(line))
    return (count >= 8 and ends_sentence(line)) or count >= 25


def is_headline_like(line: str) -> bool:
    """A link to another article reads like a headline: 4–20 words, no final full stop (nor a comma:
    a line that stops at one goes on in the next, as verse does)."""
    return 4 <= len(words(line)) <= 20 and not line.rstrip().endswith((".", ":", ";", ","))


# How a video player's text opens (USA Today's: "Skip in Skip x Embed x Share CLOSE …").
_PLAYER_STARTS = ("Skip in Skip x Embed", "CLOSE Skip in Skip")
# The reason for such a player's text: the headlines after it are its playlist (after other player
# text, a BBC "Media caption" say, short lines are the article's subheadings).
PLAYLIST_PLAYER = f"{PLAYER_TEXT} (a player with a playlist)"


@lru_cache(maxsize=8192)
def judge_line(line: str, by_shape: bool = True) -> Verdict:
    """A verdict on one line seen alone: cue phrases, calls to action, (`by_shape`) menus on one line."""
    if line.lstrip().startswith("|"):  # a table row: data, whatever its shape
        return KEEP
    text = line.strip().strip("*_#>-–—() ").strip()
    count = len(words(text))
    if not count and text:  # "------------", ". . . .", "+": a separator or a widget's sign
        return Verdict("symbols, no words")
    if text.startswith(_PLAYER_STARTS):  # a video player's captions, for a whole playlist: any length
        return Verdict(PLAYLIST_PLAYER)
    low = text.lower()
    if count <= MAX_WIDGET_WORDS and (reason := _cue(text, low, count)):
        return Verdict(reason)
    if count <= 15 and _says_click_here(text, low):
        return Verdict("call to action")
    if count == 1 and low.rstrip(" :>»›|") in LABEL_WORDS:
        return Verdict("page label")
    if count > 1 and _is_row_of_page_labels(text, count) and not is_list_header(text):
        return Verdict("row of page labels")  # a list header keeps its own reason, and its list goes too
    if _is_call_to_action(text):
        return Verdict("call to action")
    if _is_machine_text(text):
        return Verdict("links or code, not prose")
    if not by_shape:
        return KEEP
    if _is_menu_line(text):
        return Verdict("navigation menu (fragments between separators)")
    if _is_fragment_list(text):
        return Verdict("list of title-cased fragments, no stop words")
    return KEEP


# Labels of a page's widgets. Copied together they make one line ("Photo Advertisement Continue
# reading the main story", "Most Popular Stories Most Popular Stories More>>") that no single cue matches.
_PAGE_LABEL = re.compile(
    r"\b(?:advertisement|continue reading(?: the main story)?|most (?:popular|read|viewed|shared|emailed)"
    r"(?: stories| articles| now)?|more|photos?|videos?|gallery|share(?: this)?|related(?: stories| articles)?|"
    r"read more|comments?|print|e-?mail|tweet|close|next|previous|loading|skip(?: to)?(?: main)? content|play|"
    r"facebook|twitter|whatsapp|linkedin|pinterest|reddit|text size|reset|enlarge(?: this)? image)\b"
    r"|[>»›|•·:]+",
    re.IGNORECASE,
)
MAX_LABEL_ROW_WORDS = 12
# Labels of a page's buttons that never head a section of an article, as a line of their own.
LABEL_WORDS = wordset(
    "play photo photos video videos close next previous loading print tweet share email e-mail facebook twitter "
    "whatsapp linkedin pinterest reddit gallery enlarge"
)


def _is_row_of_page_labels(text: str, count: int) -> bool:
    """A short line without sentence punctuation made only of widget labels."""
    if count > MAX_LABEL_ROW_WORDS or ends_sentence(text):
        return False
    return not _PAGE_LABEL.sub("", text).strip(" \t-–—()[]")


def _says_click_here(text: str, low: str) -> bool:
    """ "click here" as words (`low`: the line in lower case). In ASCII, ignoring case is
    lower-casing, so a substring test rules most lines out; elsewhere the pattern decides alone (it
    takes "ı" for "i")."""
    if text.isascii() and "click here" not in low:
        return False
    return _CLICK_HERE.search(text) is not None


def _cue(text: str, low: str, count: int) -> str:
    """The reason a fixed phrasing gives for dropping the line of `count` words (`low`: the line in
    lower case), or ""."""
    if count <= MAX_CUE_WORDS and (match := _start_cue(text, low).match(text)):
        return _START_REASONS[match.lastgroup or ""]
    if text.startswith("CLOSE "):  # a video player's caption block: "CLOSE Skip in Skip x Embed x Share …"
        return PLAYER_TEXT
    if text[-1:] == "]":  # few lines
        if (source := _SOURCE_TAG.search(text)) and _is_headline(text[: source.start()]):
            return "read-more link (a headline and its source in brackets)"
        if text[0] == "[" and _is_bracketed_headline(text[1:-1], count):
            return "read-more link (a headline in brackets)"
    tail = text[-CREDIT_TAIL:]
    if ("/" in tail or "(" in tail) and _CAPTION_CREDIT.search(tail):
        return "photo caption (ends with the agency's credit)"
    # Most lines hold none of the words, so no pattern runs; a long line only a widget's.
    if not _holds_any(low, _ANYWHERE_KEYS if count <= MAX_CUE_WORDS else _WIDGET_KEYS):
        return ""
    for reason, keys, pattern, limit in _ANYWHERE_CUES:
        if count <= limit and _holds_any(low, keys) and pattern.search(text):
            return reason
    return ""


# Another article's headline in brackets, a line of its own ("[Spirit clinches the title with a 2-1 win]"),
# has this many words at most, and at least this many stop words (a source in brackets, "[Ni'matul
# Ukhuwah hal. 41]", has none; nor a stage direction, "[Applause]").
MAX_BRACKETED_HEADLINE_WORDS = 25
MIN_HEADLINE_STOPWORDS = 2


def _is_bracketed_headline(inner: str, count: int) -> bool:
    if not SHORT_WORDS <= count <= MAX_BRACKETED_HEADLINE_WORDS or not (inner[:1].isupper() or inner[:1] in "'\"‘“"):
        return False
    return sum(word.lower() in STOPWORDS for word in words(inner)) >= MIN_HEADLINE_STOPWORDS


def _start_cue(text: str, low: str) -> re.Pattern[str]:
    """The start cues to try on the line (`low`: the line in lower case). In ASCII, ignoring case
    is lower-casing, so a line without "contributed" skips the contributor credit; elsewhere all
    are tried (the pattern takes "ı" for "i")."""
    return _START_CUE_NO_CREDIT if text.isascii() and "contributed" not in low else _START_CUE


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `parts` (a plain loop: quicker than `any` over a generator)."""
    for part in parts:  # noqa: SIM110 (the loop is the point)
        if part in text:
            return True
    return False


def is_list_header(line: str) -> bool:
    return bool(_LIST_HEADER.match(line.strip().strip("*_#>-–— ").strip()))


def _is_call_to_action(text: str) -> bool:
    """An imperative with a marketing word ("Sign up for our newsletter"), or a bare account prompt."""
    count = len(words(text))
    if count <= 4 and _ACCOUNT_PROMPT.match(text):
        return True
    if count <= 4 and _NEWSLETTER_TITLE.match(text):
        return True
    return bool(_CTA_VERB.match(text)) and count <= MAX_CTA_WORDS and bool(_CTA_NOUN.search(text))


# A call to action in brackets, inside a paragraph or alone: "[Sign up for our newsletter here.]",
# "(Subscribe to …)", "(Click here to see the flyer)". A bracket that opens with an imperative
# (`bracketed_prompts` checks the rest).
_BRACKETED_PROMPT = re.compile(r"[\[(]\s*(?=" + _CTA_VERBS + r")(?P<inner>[^\[\]()\n]{1,300})[\])]", re.I)


def bracketed_prompts(text: str) -> list[re.Match[str]]:
    """The brackets in the line that hold a call to action ("[Sign up for …]", "(Subscribe to …)": an
    imperative and a marketing word) or a link's "click here"."""
    if "(" not in text and "[" not in text:  # most lines
        return []
    return [
        match
        for match in _BRACKETED_PROMPT.finditer(text)
        if _is_call_to_action(inner := match.group("inner").strip(" .!…")) or _says_click_here(inner, inner.lower())
    ]


def _is_machine_text(text: str) -> bool:
    """Half or more of the line is URLs, paths or code: a link dump or a leaked script."""
    if not (_MACHINE_CHAR.search(text) or "://" in text or "www." in text):  # most lines: none
        return False
    marks = sum(text.count(mark) for mark in _MACHINE_MARKS)
    chunks = text.split()
    if marks * 2 < len(chunks):  # each machine chunk holds a mark: too few marks for half the line
        return False
    machine = sum(1 for chunk in chunks if _URLISH.search(chunk))
    return machine > 0 and machine * 2 >= len(chunks)


def _is_menu_line(text: str) -> bool:
    if not _holds_any(text, _MENU_MARKS):
        return False
    parts = [p for p in _SEPARATORS.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(words(p)) <= SHORT_WORDS and not ends_sentence(p) for p in parts)


def _is_fragment_list(text: str) -> bool:
    tokens = words(text)
    if len(tokens) < 6 or ends_sentence(text):
        return False
    return all(t[0].isupper() for t in tokens) and not any(t.lower() in STOPWORDS for t in tokens)


# --------------------------------------------------------------------------- lines in context


class Line(NamedTuple):
    """A logical line of the text: its words, its 1-based line in the source, its blank-line chunk.
    (A named tuple: made for every line, twice, and a tuple is quicker to make than a dataclass.)"""

    text: str
    number: int
    chunk: int


RunPredicate = Callable[[list[Line], list[int]], bool]


def judge_lines(lines: list[Line], by_shape: bool = True) -> list[Verdict]:
    """A verdict for each line, using its neighbours: list headers and what follows, comment sections,
    and (`by_shape`) runs of short lines or headlines. Text an HTML extractor gave has lost its menus
    by the page's structure already; there, runs of short lines are more often tables and lists."""
    verdicts = [judge_line(line.text, by_shape) for line in lines]
    _mark_listed_links(lines, verdicts)
    _mark_comment_section(lines, verdicts)
    _mark_unrelated_promos(lines, verdicts)
    if by_shape:
        _mark_repeats(lines, verdicts)  # (in a page's extracted text, lines said twice are lists: a meal plan)
        menu = "navigation menu or link list ({n} short lines in a row)"
        _mark_runs(lines, verdicts, is_short, _is_menu_run, menu)
        _mark_runs(
            lines,
            verdicts,
            _is_headline,
            _is_at_an_edge,
            "list of headlines ({n} in a row, before or after the article)",
        )
        _mark_headlines_with_blurbs(lines, verdicts)
        _mark_playlists(lines, verdicts)
    _mark_author_bio(lines, verdicts)
    return verdicts


# Links to other articles listed under the article with a blurb each: a headline of this many words
# or more (a section's heading is shorter: "What's next", "A low gas tank", "How the council pays for it") …
MIN_LINK_HEADLINE_WORDS = 7
# … then a blurb, a sentence or two of at most this many words …
MAX_BLURB_WORDS = 30
# … at least this many such pairs in a row.
MIN_LINK_PAIRS = 2


def _mark_headlines_with_blurbs(lines: list[Line], verdicts: list[Verdict]) -> None:
    """Related links as headline and blurb pairs after the article: from the end, past what is dropped
    already, pairs of a headline (no final punctuation) and a short blurb, right after the article's
    prose. (Not above the article, where the title and its standfirst make such a pair; not after a
    heading, which makes the pairs a section of the article: "Thatcher on screen" and its films.)"""
    kept = [i for i, verdict in enumerate(verdicts) if not verdict]
    end = len(kept)
    while end >= 2 and _is_blurb(lines[kept[end - 1]].text) and _is_link_headline(lines[kept[end - 2]].text):
        end -= 2
    pairs = (len(kept) - end) // 2
    if pairs < MIN_LINK_PAIRS or not end or not is_prose(lines[kept[end - 1]].text):
        return
    for i in kept[end:]:
        verdicts[i] = Verdict(f"related links ({pairs} headlines with a blurb each, after the article)")


# A headline can end in an abbreviation in capitals: "… blanket much of U.S.", "… rally in D.C."
_CAPITALS_ABBREVIATION_END = re.compile(r"(?<= [A-Z])\.(?:[A-Z]\.)+$")


def _mark_playlists(lines: list[Line], verdicts: list[Verdict]) -> None:
    """A video player's playlist: the headlines right after the player's text, wherever it stands."""
    for i, verdict in enumerate(verdicts):
        if verdict != PLAYLIST_PLAYER:  # most lines
            continue
        run, j = [], i + 1
        while j < len(lines) and (verdicts[j] or _is_headline(_CAPITALS_ABBREVIATION_END.sub("", lines[j].text))):
            if not verdicts[j]:
                run.append(j)
            j += 1
        if len(run) >= MENU_RUN:
            for k in run:
                verdicts[k] = Verdict(f"video playlist ({len(run)} headlines after the player)")


def _is_link_headline(text: str) -> bool:
    return _is_headline(text) and len(words(text)) >= MIN_LINK_HEADLINE_WORDS


def _is_blurb(text: str) -> bool:
    return len(words(text)) <= MAX_BLURB_WORDS and ends_sentence(text)


# A reporter's name: two to four capitalised words ("Jane Roe", "Lisa P. White"), not a sentence's opener.
_BIO_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|His|Her|Their|Our)\b)"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
)
# An author's bio: a name, then a reporter's role or beat. "Jane Roe is a staff writer at …", "John Doe
# and Jane Roe are reporters for …", "Jane Roe covers politics for …", "John Doe writes for …". It opens
# the line, or follows a label or an apposition ("About the author: Jane Roe …", "A writer and former
# producer, Jane Roe covers …"); not a sentence, which makes the line the article's prose.
_AUTHOR_BIO = re.compile(
    rf"(?:^|[,:] )(?P<name>{_BIO_NAME})(?: and {_BIO_NAME})? (?:"
    r"(?:is|are|was) (?:a|an|the)\b[^.;:]{0,50}?\b"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|blogger|critic|photographer)s?\b|"
    r"are (?:staff )?(?:writers|reporters|correspondents)\b|"
    r"(?:covers|writes (?:about|for|on)|reports (?:on|for)|blogs (?:about|at|for)) )"
)
# The words one of which a bio holds (a quick test before the pattern).
_BIO_KEYS = (" is ", " are ", " was ", " covers ", " writes ", " reports ", " blogs ")
# A bio runs to a few sentences at most.
MAX_BIO_WORDS = 60


def _mark_author_bio(lines: list[Line], verdicts: list[Verdict]) -> None:
    """The author's bio under the article: from the end, past what is dropped already, lines that name
    a reporter and their role or beat, a reporter the article above them does not mention. (The same
    sentence inside the article, or about someone the article is about, is news about a reporter; a
    bio of two lines names its reporter twice, "Jane Roe is …" and "Jane Roe covers …".)"""
    bios: list[tuple[int, str]] = []  # (line, the reporter's surname), from the end
    for i in range(len(lines) - 1, -1, -1):
        if verdicts[i]:
            continue
        text = lines[i].text
        if len(words(text)) > MAX_BIO_WORDS or not _holds_any(text, _BIO_KEYS) or not (bio := _AUTHOR_BIO.search(text)):
            break
        bios.append((i, bio.group("name").split()[-1]))
    article = [line.text for j, line in enumerate(lines[: bios[-1][0]]) if not verdicts[j]] if bios else []
    for i, surname in bios:
        if any(surname in text for text in article):
            return
        verdicts[i] = Verdict("author bio (after the article)")


# A paragraph or quotation of at least this many words, found again word for word, is a repeat.
MIN_REPEAT_WORDS = 8
# Longer paragraphs are not looked at: copies and pull quotes are short.
MAX_REPEAT_WORDS = 60
# A pull quote: a line that opens with a quotation of some length, and what closes it.
_PULL_QUOTE = re.compile(r"[\"“]([^\"“”]{30,}?)[\s.,;:!?…-]*[\"”]")


def _mark_repeats(lines: list[Line], verdicts: list[Verdict]) -> None:
    """A paragraph said twice (the later copy goes), or a pull quote set in the text: a line that is
    mostly a quotation found word for word in a longer paragraph. Summaries skip repeats anyway; the
    article's page should too. (Only these two shapes are looked for: searching every paragraph in
    every other would cost more than all the other rules.)"""
    sizes = range(MIN_REPEAT_WORDS, MAX_REPEAT_WORDS + 1)
    seen: set[str] = set()
    everything = ""
    for i, line in enumerate(lines):
        text = line.text
        if verdicts[i]:
            continue
        if text in seen:
            if len(words(text)) in sizes:
                verdicts[i] = Verdict("repeats another paragraph word for word (a copy)")
            continue
        seen.add(text)
        quote = _PULL_QUOTE.match(text) if text[:1] in '"“' else None  # most lines: no quotation first
        if not quote or len(words(text)) not in sizes:
            continue
        if len(words(quote.group(1))) < max(MIN_REPEAT_WORDS, 0.7 * len(words(text))):
            continue
        core = quote.group(1).strip().lower()  # as it would stand inside a sentence
        everything = everything or "\n".join(other.text for other in lines).lower()
        if everything.count(core) >= 2 and any(
            j != i and not verdicts[j] and len(other.text) > len(text) and core in other.text.lower()
            for j, other in enumerate(lines)
        ):
            verdicts[i] = Verdict("repeats another paragraph word for word (a pull quote)")


def _mark_unrelated_promos(lines: list[Line], verdicts: list[Verdict]) -> None:
    """A line full of marketing words ("free", "inbox", "subscription") that shares no content word
    with the rest of the article is a promotional blurb, whatever its grammar."""
    candidates = [
        i
        for i, line in enumerate(lines)
        if not verdicts[i] and len(words(line.text)) <= MAX_CTA_WORDS and _marketing_words(line.text) >= 2
    ]
    if not candidates:
        return
    vocabulary = Counter(w for line in lines for w in _content_words(line.text))
    for i in candidates:
        own = Counter(_content_words(lines[i].text))
        if not any(vocabulary[w] > own[w] for w in own):
            verdicts[i] = Verdict("promotional blurb, unrelated to the article")


@lru_cache(maxsize=8192)
def _marketing_words(text: str) -> int:
    """How many different marketing words ("free", "inbox", "subscription") the line holds."""
    lowered = [token.lower() for token in words(text)]
    if MARKETING_WORDS.isdisjoint(lowered) and "subscri" not in text.lower():
        return 0  # most lines: a quick set test finds none
    found = {w for w in lowered if w in MARKETING_WORDS or w.startswith("subscri")}
    return len(found)


def _content_words(text: str) -> list[str]:
    return [low for w in words(text) if len(w) >= 4 and (low := w.lower()) not in STOPWORDS]


def _mark_comment_section(lines: list[Line], verdicts: list[Verdict]) -> None:
    """Readers' comments: from a "12 thoughts on …"/"Leave a Reply" header past the first third, to the end."""
    for i in range(len(lines) // 3, len(lines)):
        if _COMMENT_HEADER.match(lines[i].text.strip()):
            for j in range(i, len(lines)):
                verdicts[j] = verdicts[j] or Verdict(f"readers' comments (after line {lines[i].number})")
            return


def _is_headline(line: str) -> bool:
    return is_headline_like(line) and not is_prose(line)


def _mark_listed_links(lines: list[Line], verdicts: list[Verdict]) -> None:
    """A "Related"/"Read more" header, and the headlines or links listed under it up to the next prose."""
    for i, line in enumerate(lines):
        if not is_list_header(line.text) and verdicts[i] != "read-more link":
            continue
        header = " ".join(line.text.strip().strip("*_#:").split()[:4])
        verdicts[i] = verdicts[i] or Verdict(f"list header {header!r}")
        j = i + 1
        while j < len(lines) and _is_listed(lines, j):
            verdicts[j] = verdicts[j] or Verdict(f"link listed under {header!r}")
            j += 1


def _is_listed(lines: list[Line], j: int) -> bool:
    """Line j still belongs to a link list: link-like, and not a section heading right before prose."""
    text = lines[j].text
    if is_prose(text) or not (is_headline_like(text) or is_short(text) or judge_line(text)):
        return False
    starts_chunk = lines[j].chunk != lines[j - 1].chunk
    next_is_prose = j + 1 < len(lines) and is_prose(lines[j + 1].text)
    return not (starts_chunk and next_is_prose)


def _mark_runs(
    lines: list[Line], verdicts: list[Verdict], member: LinePredicate, accept: RunPredicate, reason: str
) -> None:
    """Mark runs of lines that pass `member` (lines already dropped may sit between) if `accept` agrees."""
    i = 0
    while i < len(lines):
        j, members = i, []
        while j < len(lines) and (verdicts[j] or member(lines[j].text)):
            if not verdicts[j]:
                members.append(j)
            j += 1
        if len(members) >= MENU_RUN and accept(lines, members):
            for k in members:
                verdicts[k] = Verdict(reason.format(n=len(members)))
        i = max(j, i + 1)


def _is_at_an_edge(lines: list[Line], members: list[int]) -> bool:
    """No prose before the run, or none after it: page furniture around the article, not a list in it."""
    before = any(is_prose(line.text) for line in lines[: members[0]])
    after = any(is_prose(line.text) for line in lines[members[-1] + 1 :])
    return not (before and after)


def _is_menu_run(lines: list[Line], members: list[int]) -> bool:
    """Short lines around the article are a menu; inside it, only if they are everyday words ("News",
    "Markets", "Opinion") and not a list of rare terms the article enumerates ("Benzene", "Asbestos")."""
    if _is_at_an_edge(lines, members):
        return True
    common = sum(all(zipf(w) >= MENU_WORD_ZIPF for w in words(lines[k].text)) for k in members)
    return common >= 0.75 * len(members)
