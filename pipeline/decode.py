"""Feed bytes → the exact, safe XML text that feedparser will parse.

Split out of `ingest` because decoding and entity refusal are a security boundary with their own rules: bytes become
text once, here (BOM, then the bytes' own evidence for UTF-8, then the declared charset), and documents that declare
entities or carry a DOCTYPE internal subset (billion laughs, quadratic blowup, XXE) are refused with `UnsafeFeed`
on that same text, whatever the declared charset.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from pipeline.text import short_repr

# Decoding
BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
UNMARKED_WIDE = (  # '<' then a name start in a wide encoding without a BOM (XML 1.0 appendix F)
    (re.compile(rb"\x00\x00\x00<"), "utf-32-be"),
    (re.compile(rb"<\x00\x00\x00"), "utf-32-le"),
    (re.compile(rb"\x00<\x00[?!A-Za-z_]"), "utf-16-be"),
    (re.compile(rb"<\x00[?!A-Za-z_]\x00"), "utf-16-le"),
)
XML_ENCODING = re.compile(rb"""^[\x00\s]*<\?xml\s[^>]{0,500}?encoding\s*=\s*["']([^"'>]{0,200})["']""")
HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]{0,200})""", re.IGNORECASE)
MOSTLY_UTF8 = 2
"""Valid multi-byte characters per invalid sequence above which a document is UTF-8 with damage, not a legacy one."""
LEGACY_FALLBACK = "windows-1252"
UPGRADED_CODECS = {"gb2312": "gb18030"}  # a superset, as feedparser does
REFUSED_CODECS = {"utf-7", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "uu", "rot-13"}
XML_DECLARATION = re.compile(r"^<\?xml\s[^>]*>")
UTF8_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
LEADING_JUNK = "\ufeff\x00 \t\r\n"

# Entity refusal
DOCTYPE = re.compile(r"<!\s*DOCTYPE", re.IGNORECASE)
ENTITY_DECLARATION = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
SUBSET_OR_END = re.compile(r"[\[>]")


@dataclass(frozen=True, slots=True)
class DecodedFeed:
    """The body as text, the charset used, and what was not clean about it (None: a clean decode)."""

    text: str
    encoding: str
    problem: str | None = None


class UnsafeFeed(ValueError):
    """The document tries entity expansion or external entities."""


# --- bytes → text ---------------------------------------------------------------------------------------------


def decode_feed(body: bytes, content_type: str | None = None) -> DecodedFeed:
    """Bytes → text, never silently wrong.

    Order: a BOM (UTF-8/16/32) is authoritative; UTF-16/32 without a BOM is recognised from the leading '<';
    bytes that are valid UTF-8 are UTF-8 whatever is declared; mostly-valid UTF-8 (at least MOSTLY_UTF8 valid
    multi-byte characters per bad sequence) is UTF-8 with U+FFFD for the bad bytes; otherwise the declared charset
    (HTTP header first, then the XML declaration); otherwise windows-1252. Every path but a clean decode in the
    declared charset carries a `problem`.
    """
    for bom, encoding in BOMS:
        if body.startswith(bom):
            text, replaced = _decode_counting(body[len(bom) :], encoding)
            return DecodedFeed(text, encoding, _replaced_problem(replaced, encoding) if replaced else None)
    for marker, encoding in UNMARKED_WIDE:
        if marker.match(body):
            try:
                return DecodedFeed(body.decode(encoding), encoding)
            except UnicodeDecodeError:
                break  # not really UTF-16/32: treat as an ASCII-compatible document

    declared = _declared_charsets(body, content_type)
    usable, notes = [], []
    for source, name in declared:
        codec = _usable_codec(name)
        if codec is None:
            notes.append(f"{source} charset {short_repr(name, 60)} is unknown or does not fit the bytes")
        elif codec not in usable:
            usable.append(codec)

    text, utf8_replaced = _decode_counting(body, "utf-8")
    if not utf8_replaced:
        if usable and usable[0] != "utf-8" and not text.isascii():
            notes.append(f"declared {usable[0]}, but the bytes are valid UTF-8: decoded as UTF-8")
        return DecodedFeed(text, "utf-8", "; ".join(notes) or None)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii - utf8_replaced >= MOSTLY_UTF8 * utf8_replaced:
        notes.append(_replaced_problem(utf8_replaced, "utf-8"))
        return DecodedFeed(text, "utf-8", "; ".join(notes))

    for codec in (c for c in usable if c != "utf-8"):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            notes.append(f"declared {codec}, but the bytes are not valid {codec}")
            continue
        if codec != usable[0]:
            notes.insert(0, f"declared {usable[0]}, decoded as {codec}")
        return DecodedFeed(text, codec, "; ".join(notes) or None)
    text, replaced = _decode_counting(body, LEGACY_FALLBACK)
    notes.append(
        f"not valid UTF-8 ({utf8_replaced} bad sequences) and no usable declared charset: "
        f"decoded as {LEGACY_FALLBACK}" + (f" with {replaced} characters replaced" if replaced else "")
    )
    return DecodedFeed(text, LEGACY_FALLBACK, "; ".join(notes))


def _decode_counting(body: bytes, encoding: str) -> tuple[str, int]:
    """Decode with replacement; count the U+FFFD inserted (not the ones the document already had)."""
    text = body.decode(encoding, "replace")
    if "\ufffd" not in text:
        return text, 0
    return text, text.count("\ufffd") - body.decode(encoding, "ignore").count("\ufffd")


def _replaced_problem(replaced: int, encoding: str) -> str:
    plural = "character" if replaced == 1 else "characters"
    return f"{replaced} {plural} replaced with U+FFFD (invalid {encoding} bytes); the rest decoded as {encoding}"


def _declared_charsets(body: bytes, content_type: str | None) -> list[tuple[str, str]]:
    declared = []
    if content_type and (match := HTTP_CHARSET.search(content_type)) and match.group(1):
        declared.append(("HTTP", match.group(1)))
    if (match := XML_ENCODING.match(body, 0, 1_000)) and match.group(1):
        declared.append(("XML", match.group(1).decode("ascii", "replace")))
    return declared


def _usable_codec(name: str) -> str | None:
    """The codec's canonical name if it is a known, ASCII-compatible text encoding (the declaration was readable)."""
    try:
        codec = codecs.lookup(name.strip()).name
        codec = UPGRADED_CODECS.get(codec, codec)
        probe = "<?xml version='1.0'?><rss>"
        if codec in REFUSED_CODECS or probe.encode(codec) != probe.encode("ascii"):
            return None
        return codec
    except (LookupError, UnicodeError, ValueError):
        return None


def prepare_document(text: str) -> str:
    """What feedparser will parse: no leading BOM/NUL/whitespace, no NULs at all, a UTF-8 XML declaration."""
    text = text.lstrip(LEADING_JUNK)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if XML_DECLARATION.match(text):
        return XML_DECLARATION.sub(UTF8_DECLARATION, text, count=1)
    return UTF8_DECLARATION + text if text else text


# --- entity refusal -------------------------------------------------------------------------------------------


def reject_entity_expansion(body: bytes | str, content_type: str | None = None) -> None:
    """Raise UnsafeFeed for entity declarations or a DOCTYPE internal subset, on the text as it will be parsed."""
    text = body if isinstance(body, str) else prepare_document(decode_feed(body, content_type).text)
    refuse_entity_declarations(text)


def refuse_entity_declarations(text: str) -> None:
    """The check itself, on already-decoded text; runs whatever the document's charset or leading bytes.

    Refused: any DOCTYPE with an internal subset ('[' before its '>'), any <!ENTITY when a DOCTYPE is present, a
    DOCTYPE without an end. Without a DOCTYPE neither expat nor feedparser's loose parser treats <!ENTITY as a
    declaration, so article text that merely quotes one is kept. A DOCTYPE that passes (an external DTD, as
    RSS 0.91 uses) is also run through defusedxml with entities and external references forbidden.
    """
    starts = [match.end() for match in DOCTYPE.finditer(text)]
    if not starts:
        return
    if entity := ENTITY_DECLARATION.search(text):
        raise UnsafeFeed(f"refused XML: entity declaration at character {entity.start()}")
    mark = None
    for start in starts:  # each search starts past the previous mark: linear even with thousands of DOCTYPEs
        if mark is None or mark.start() < start:
            mark = SUBSET_OR_END.search(text, start)
        if mark is None:
            raise UnsafeFeed(f"refused XML: unterminated DOCTYPE at character {start}")
        if mark.group() == "[":
            raise UnsafeFeed(f"refused XML: DOCTYPE with an internal subset at character {start}")
    try:
        fromstring(text.encode("utf-8", "replace"), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeFeed(f"refused XML: {exc}") from exc
    except (ParseError, LookupError, ValueError):  # malformed: the checks above already saw the text feedparser gets
        pass
