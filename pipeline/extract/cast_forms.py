"""The prose forms that pair an actor with a role: "A as C", "A voices C", "C, who is
voiced by A", "A joins the cast as C", "A and B play C and D, respectively", "A (the voice
of C)", and the lists a cast sentence opens ("Also in the cast are A, B, and C")."""

from __future__ import annotations

import re

from pipeline.extract.names import CHARACTER, PEOPLE, PERSON, UPPER, WORD

_DESCRIBING = (  # words before "voice actor" that describe the actor, not a part
    r"Veteran|Newcomer|Rookie|Popular|Famous|Legendary|Young|Former|Senior|Female|Male|Japanese"
    r"|English|American|Korean|Chinese|Voice|Lead|Main|New|The|Actor|Actress"
)
_DESCRIPTION = r"(?:(?:the|a|an|her|his|their|its)\s+)?(?:[a-z][\w'’-]*,?\s+){0,4}?"
_OWNED = (  # "Uzaki's dad, ", "Taki's classmates ", not "B's mother, C as D"
    r"(?:[A-Z][\w-]*['’]s\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,?\s+(?![^,;.]*?\sas\s))?"
)
VOICE_LABEL = re.compile(r"(?:VA|CV|Voice(?:d\s+by)?|Seiyuu?)\s*:\s*(?=\S)", re.I)  # "VA: X"
VOICED_BELOW = re.compile(rf"(?P<c>{CHARACTER})(?:\s+\([^()]{{1,30}}\))?")  # "Sorata (Room 101)"
VOICED_BY = re.compile(
    rf"(?P<c>{CHARACTER})(?:,?\s+(?:who\s+)?(?:will\s+(?:(?:once\s+)?again\s+|also\s+)?be|is|was|are|has\s+been)"
    r"\s+(?:also\s+|again\s+|now\s+)?voiced"
    r"|,\s+(?:voiced|played)|\s+[–—-]\s+[Vv]oiced)\s+by\s+"  # "K – Voiced by A", "K, played by A"
    rf"(?P<a>{PERSON})"
)
ACTOR_AS = re.compile(
    rf"(?P<a>{PERSON})\s+(?P<mid>(?:[a-z]+\s+){{0,4}}?)as\s+(?P<desc>{_OWNED}{_DESCRIPTION})"
    rf"(?P<c>{CHARACTER})"
    rf"(?:,?\s+and\s+as\s+{_DESCRIPTION}(?P<c2>{CHARACTER}))?"
)
ACTOR_VOICES = re.compile(
    rf"(?P<a>{PERSON})\s?,?\s+(?:who\s+)?(?:also\s+)?(?:will\s+)?(?:(?:comes|come)\s+back\s+to\s+"
    r"|returns?\s+to\s+)?"
    r"(?:voices|voice(?!\s+(?:actor|actress|cast))|voicing|plays|play|portrays|portray"
    r"|(?:be|is)\s+the\s+voice\s+of"  # not "Megumi voice actor Yuma Uchida": her actor
    r"|takes?\s+(?:on\s+)?the\s+role\s+of|in\s+the\s+role\s+of)\s+"  # "A in the role of C"
    r"(?!(?:talent|cast)\b)"  # not "The Japanese voice talent includes"
    rf"(?:the\s+role\s+of\s+)?{_OWNED}{_DESCRIPTION}"
    rf"(?P<c>{CHARACTER})"
)
SURNAME_ROLE = (  # what follows a family name that takes a role: "will voice the hero X"
    r"(?:will\s+)?(?:also\s+)?(?:voices?|plays?|portrays?|stars?\s+as|(?:will\s+)?be)\s+"
    rf"(?:the\s+role\s+of\s+)?{_DESCRIPTION}(?P<c>{CHARACTER})"
)
SURNAME_ROLE_AT = re.compile(rf"\s+{SURNAME_ROLE}")
JOINS_AS = re.compile(  # "A joins the Title anime as C", "A is also joining the cast as C"
    rf"(?P<a>{PERSON})\s+(?:joins|(?:is|has|will)\s+(?:also\s+)?(?:joining|joined|join))\s+(?:the\s+)?"
    rf"(?:[\w'’&:-]+\s+){{0,8}}?(?:anime|cast|series)\s+as\s+(?:{_DESCRIPTION})(?P<c>{CHARACTER})"
)
TAKES_OVER = re.compile(  # "A takes over from B as the voice of C"
    rf"(?P<a>{PERSON})\s+(?:takes|took|is\s+taking)\s+over\s+from\s+{PERSON}\s+as\s+(?:the\s+)?"
    rf"voice\s+of\s+{_DESCRIPTION}(?P<c>{CHARACTER})"
)
VOICE_ACTOR_OF = re.compile(  # "White Blood Cell's voice actor Tomoaki Maeno", and a full name
    rf"(?P<c>{CHARACTER}(?=['’]s)|(?!(?:{_DESCRIBING})\s)[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    rf"(?:['’]s)?\s+voice\s+(?:actor|actress)\s+(?P<a>{PERSON})"  # "Megumi Fushiguro voice actor"
)
ACTORS_OF = re.compile(  # "the voice actors of Yuji Itadori (Junya Enoki), Satoru Gojo (...)"
    r"\bvoice\s+(?:actors|actresses|cast)\s+(?:of|for|behind)\s+(?P<list>[^.;:]{1,300})"
)
ROLE_ACTOR = re.compile(rf"(?P<c>{CHARACTER})\s*\((?P<a>{PERSON})\)")  # in such a list
VOICE_PAREN = re.compile(  # "Rie Hikisaka (the voice of March)", not "(the voice of X in Y)"
    rf"(?P<a>{PERSON})\s*\((?:the\s+)?voice\s+of\s+{_DESCRIPTION}(?P<c>{CHARACTER})\)"
)
ACTOR_PAREN = re.compile(  # not "Actor (Role in Another Show)", a role the actor is known for
    rf"(?P<a>{PERSON})\s+\((?P<c>(?![^()]*\s(?:in|from)\s+[A-Z])[A-Z{UPPER[3:]}][^(),:：]{{0,40}})\)"
)
UNREVEALED = re.compile(
    rf"(?P<a>{PEOPLE}),?\s+(?:also\s+)?(?:appears?|rounds?\s+out\s+the\s+(?:[a-z]+\s+)?cast"
    r"|joins?\s+the\s+cast|will\s+(?:also\s+)?join\s+(?:the\s+)?(?:(?:anime|series|show|film)['’]s?\s+"
    r"|(?:[A-Z][\w:!-]*\s+){0,5}[A-Z][\w:!-]*['’]s?\s+)?(?:voice\s+)?cast(?![^.;]*\sas\s)"
    r"|(?:have|has)\s+(?:also\s+)?been\s+confirmed\s+to\s+voice"
    r"|are\s+also\s+(?:cast|in\s+the\s+cast)|(?:are\s+|is\s+)?(?:also\s+)?lend(?:s|ing)?\s+"
    r"(?:their|her|his)\s+voices?"
    r"|(?:will\s+)?star\s+in\s+the\s+(?:new\s+)?(?:television\s+|TV\s+)?(?:anime|series))\b"
)  # "X will star in the television anime"
ANY_NAMES = (
    rf"{WORD}(?:\s+{WORD}){{0,3}}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){WORD}(?:\s+{WORD}){{0,3}})*"
)
CAST_INCLUDES = re.compile(
    rf"\b(?i:(?:voice\s+)?(?:cast|talent)(?:\s+members)?)(?:\s+(?:for|of|in)\s+the\s+(?:film|anime|series|movie))?"
    rf"(?:\s+that)?\s+(?:also\s+)?(?:includes?|features?|are)\s+(?P<a>{ANY_NAMES})"
    r"\s*(?:[.;]|,\s+(?:joined|along)\b|$)"  # "a cast that includes A and B, joined by C"
)  # ... and "Also in the cast are A, B, and C."
VOICES_OF = re.compile(  # "The film features the voices of A, B, and C."
    rf"\bfeatur(?:es|ing|e)\s+the\s+voices\s+of\s+(?P<a>{ANY_NAMES})\s*(?:[.;]|,\s+(?:and\s+)?(?:more|others)\b|$)"
)
ROLES = rf"{CHARACTER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){CHARACTER})*"
RESPECTIVELY = re.compile(
    rf"(?P<a>{PEOPLE}),?\s+(?:will\s+|would\s+)?(?:also\s+)?(?:voice|voices|play|plays|portray"
    r"|portrays|reprises?\s+their\s+roles\s+as|(?:head|lead)s?\s+the\s+cast\s+as"
    r"(?:\s+the\s+(?:two\s+)?(?:main\s+)?leads?,)?"
    r"|join\s+the\s+cast(?:\s+(?:in|of|for)\s+[^,.;]{1,60}?)?\s+as"  # "... in part 2 as X, Y"
    r")(?P<first>,\s+respectively,)?\s+"
    rf"(?:these\s+characters|the\s+characters|them|(?:the\s+(?:two\s+|three\s+)?(?:new\s+)?"
    rf"(?:lead\s+|main\s+)?(?:roles\s+of|characters)\s+)?(?P<c>{ROLES}))"
    r"(?(first)|,?\s+respectively)"  # "A and B will voice, respectively, the characters X and Y"
)
VOICED_RESPECTIVELY = re.compile(
    rf"(?P<c>{CHARACTER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[a-z]+\s+)?{CHARACTER})+),?\s+"
    rf"who\s+are\s+(?:voiced|played)\s+by\s+(?P<a>{PEOPLE}),?\s+respectively"
)
BACK_AS = re.compile(  # "A and B come back for their roles as X and Y", "have joined the cast as"
    rf"(?P<a>{PEOPLE}),?\s+(?:(?:come|came|return|returned|are\s+back|reprise)\s+(?:back\s+)?"
    rf"(?:for|in|to)\s+their\s+roles|(?:have|had)\s+(?:also\s+)?joined\s+the\s+cast)"
    rf"\s+as\s+(?P<c>{ROLES})"
)
ASIDE = re.compile(  # an aside after the actor's name: ", the actress known for ...,"
    r"(?<=[a-z])\s*,\s+(?:the|a|an)\s+[^,]{3,60},(?=\s+(?:plays|voices|portrays|will)\b)"
    r"|(?<=[a-z])\s+from\s+[A-Z][^,.;]{1,50}?(?=,|\s+(?:will\s+)?(?:voices?|plays?|portrays?)\b)"
    r"|(?<=[a-z])\s*,\s+who\s+[^,]{3,90},(?=\s+(?:will\s+)?(?:voices?|plays?|portrays?)\b)"
)  # ... "X from Y, who earlier voiced Z in W, will voice V"
CAST_MEMBERS = re.compile(
    rf"\b(?i:cast\s+members|voice\s+actors|voice\s+actresses|seiyuus)"
    rf"\s+(?:(?i:such\s+as|including)\s+)?(?P<a>{PEOPLE})\b"  # "seiyuus such as A, B and C"
)
QUOTED_ROLE = re.compile(  # "A as “C”": a name in quotation marks after "as"
    r"\bas\s+[“\"]([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})[”\"]"
)
CAST_PLUS = re.compile(  # "the main cast will feature A as C, plus B, C, and D"
    rf"\bcast\b[^.;]{{0,80}}?,?\s+plus\s+(?P<a>{PEOPLE})(?=\s*(?:[.;]|$))"
)
WILL_STAR = re.compile(  # "the film will star A (Yuji in X), B, and C"
    rf"\b(?:film|anime|movie|series)\s+(?:will\s+)?stars?\s+(?P<a>{PEOPLE})"
)
