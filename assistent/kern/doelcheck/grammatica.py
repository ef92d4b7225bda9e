"""Vaste kennis van het Nederlands die de doelcheck gebruikt: woorden, lemma's, werkwoordsvormen.

Anders dan `doelwoorden.toml` verandert een school dit niet: het zijn voegwoorden, partikels
en voornaamwoorden, en de regels om van een vorm naar het hele werkwoord te komen.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Een woord, met "z'n" en "avi-niveau" heel; en de reeksen woordtekens daarbinnen.
WOORD: Final = re.compile(r"\w+(?:['’-]\w+)*")
WOORDTEKENS: Final = re.compile(r"\w+")
# Wat de delen van een woord verbindt ("z'n", "avi-niveau").
VERBINDINGSTEKEN: Final = re.compile(r"['’-]")

# Bezittelijke voornaamwoorden zijn in uitdrukkingen uitwisselbaar ("in zijn/haar vel"); in een
# uitdrukking staat dan dit teken.
BEZIT: Final = frozenset({"zijn", "haar", "hun", "mijn", "je", "jouw", "z'n", "m'n", "d'r", "zich"})
BEZIT_TEKEN: Final = "<bezit>"

# Woorden die nooit het werkwoord zijn ("met" is geen vorm van "meten").
GEEN_WERKWOORD: Final = frozenset(
    "met in op aan bij van voor na om tot uit door over onder te de het een en of als dan dat "
    "die wat hij zij ze ik je we wij haar mijn hun niet geen nooit ook nog al er daar hier zo "
    "elke iedere alle keer per wel mee toe af weg terug samen zelf hem mij ons jullie "
    "doel".split()  # "Doel 2: …" is een kopje, niet "ik doel"
)
# Scheidbare werkwoorden: "lost … op" is "oplossen", "ruim … op" is "opruimen".
PARTIKELS: Final = frozenset(
    "op uit af aan in mee door terug voor na weg klaar neer toe bij om over samen vast open "
    "dicht verder".split()
)
# Leer- en wilwerkwoorden: wat erna komt is een leerproces of een wens, nog geen gedrag ("leert
# plannen", "durft te vertellen", "wil zijn werk afmaken").
LEERWERKWOORDEN: Final = frozenset({"leren", "proberen", "aanleren", "durven", "willen"})
# Hulpwerkwoorden (als lemma): met een heel werkwoord erbij is dat werkwoord het gedrag ("kan
# zijn veters strikken"); met de koppelwerkwoorden erbij zijn ze zelf nooit gedrag.
HULPWERKWOORDEN: Final = frozenset({"kunnen", "zullen", "gaan", "moeten", "mogen"})
KOPPEL_EN_HULP: Final = HULPWERKWOORDEN | frozenset({"zijn", "worden", "hebben", "blijven",
                                                     "lijken"})
# Voegwoorden en bijzinwoorden beginnen een nieuw zinsdeel.
VOEGWOORDEN: Final = frozenset(
    "en maar of want omdat als wanneer zodat terwijl zonder doordat nadat voordat zodra "
    "waardoor waarbij wat die dat".split()
)
# Deze woorden beginnen een bijzin; wat daarin staat is voorwaarde of inhoud, geen doelgedrag
# ("als hij rustig werkt", "hoe breuken werken", "zonder dat de juf het zegt").
BIJZINWOORDEN: Final = frozenset(
    "zonder als wanneer omdat zodat terwijl hoe wat waarom dat waar nadat voordat zodra doordat "
    "waardoor waarbij wie welke die".split()
)
# Met een hoofdletter midden in de zin en toch geen naam.
HOOFDLETTERWOORDEN: Final = frozenset(
    "avi dmt cito ib rt ik pasen kerst kerstmis sinterklaas pinksteren hemelvaart carnaval "
    "zien scol sdq opp lvs mdo".split()
)
# Wederkerende voornaamwoorden ("maakt zich zorgen", "ik maak me zorgen").
ZICH: Final = frozenset("zich me mij zichzelf mezelf".split())
# Functiewoorden: geen naam vooraan, en na een getal geen aantal bij het gedrag ("8 en",
# "3 van de").
FUNCTIEWOORDEN: Final = frozenset(
    "en of tot van de het een in op met t m is zijn bij uit voor na aan door als dan die dat "
    "te om per wordt word".split()
)
# Persoonlijke voornaamwoorden die het onderwerp kunnen zijn.
VOORNAAMWOORDEN: Final = frozenset("ik hij zij ze".split())


# Woorden die simplemma voor een vervoeging houdt ("maart" → "maren", dan een deelwoord).
_GEEN_VERVOEGING: Final = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november "
    "december "
    # Naamwoorden uit de school die simplemma voor een werkwoord houdt ("kaart" → "kaarten"):
    "kaart taal tafel".split()
)


@lru_cache(maxsize=4096)
def bekend(woord: str) -> bool:
    """Kent het Nederlandse woordenboek van simplemma dit woord? Een onbekend woord met een
    hoofdletter vooraan is misschien een naam ("Isa lezen.")."""
    import simplemma

    try:
        return bool(simplemma.is_known(woord.lower(), lang="nl"))
    except Exception:  # noqa: BLE001 - een vreemd woord mag de controle nooit stoppen
        return False


@lru_cache(maxsize=65536)
def lemma(woord: str) -> str:
    """Het lemma van een woord in kleine letters."""
    if woord.lower() in _GEEN_VERVOEGING:
        return woord.lower()
    # Pas hier geladen: simplemma leest bij het importeren zijn woordenboek (een halve seconde).
    import simplemma

    try:
        return str(simplemma.lemmatize(woord, lang="nl")).lower()
    except Exception:  # noqa: BLE001 - een vreemd woord mag de controle nooit stoppen
        return woord


@lru_cache(maxsize=65536)
def vormen(woord: str) -> frozenset[str]:
    """Mogelijke hele werkwoorden bij een vorm: het lemma plus een eenvoudige afleiding.

    simplemma kent niet elke vervoeging ("gebruikt" blijft "gebruikt"); met de stam erbij
    ("gebruik" + "en") wordt die toch herkend.
    """
    uit = {woord, lemma(woord)}
    stam = woord[:-1] if woord.endswith("t") and len(woord) > 3 else woord
    for s in (stam, woord):
        if len(s) < 2:
            continue
        uit.add(s + "en")
        if s[-1] == s[-2] and s[-1] not in "aeiou":
            uit.add(s[:-1] + "en")
        if len(s) > 2 and s[-2] == s[-3] and s[-2] in "aeou":
            basis = s[:-2] + s[-1:]
            uit.add(basis + ("ven" if s[-1] == "f" else "zen" if s[-1] == "s" else "en"))
        if s[-1] in "fs":
            uit.add(s[:-1] + ("v" if s[-1] == "f" else "z") + "en")
        if len(s) > 2 and s[-1] not in "aeiou" and s[-2] in "aeiou" and s[-3] not in "aeiou":
            uit.add(s + s[-1] + "en")
        if s[-1] == s[-2] and s[-1] in "aeo":
            uit.add(s + "n")  # staa(t) → staan, slaa(t) → slaan
        if s.endswith(("oe", "ie")):
            uit.add(s + "n")
    # Een zwak voltooid deelwoord dat simplemma niet kent: "opgeruimd" → opruimen.
    if is_deelwoord(woord):
        deel = DEELWOORD.match(woord)
        assert deel is not None
        uit |= vormen(deel[1] + deel[2] + "t")
    return frozenset(uit)


# Een zwak voltooid deelwoord met een scheidbaar voorvoegsel: op + ge + ruim + d.
DEELWOORD = re.compile(
    r"^(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)ge([a-z]{2,}?)[dt]$"
)


def is_deelwoord(woord: str) -> bool:
    """"Opgeruimd", "uitgelegd": een voltooid deelwoord dat simplemma niet kent. Kent simplemma
    het woord wel ("aangeeft" → aangeven), dan is het een vervoegd werkwoord en geen deelwoord."""
    return DEELWOORD.match(woord) is not None and lemma(woord) == woord


def ik_vorm(hele: str) -> str:
    """De ik-vorm bij een heel werkwoord: maken → maak, zetten → zet, lezen → lees."""
    s = hele[:-2] if hele.endswith("en") else hele[:-1]
    if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in "aeiou":
        return s[:-1]
    if len(s) >= 3 and s[-1] not in "aeiou" and s[-2] in "aeou" and s[-3] not in "aeiou":
        s = s[:-1] + s[-2] + s[-1]
    if s.endswith("v"):
        s = s[:-1] + "f"
    elif s.endswith("z"):
        s = s[:-1] + "s"
    return s


def toonloze_stam(lem: str) -> str | None:
    """De ik-vorm als de laatste lettergreep van de stam toonloos kan zijn ("stapelen" → stapel,
    "schilderen" → schilder, "rekenen" → reken), anders None. Of hij dat is, zegt het woord zelf:
    "reageert" naast "stapelt"; `is_persoonsvorm` probeert beide vormen."""
    s = lem[:-2]
    if len(s) < 4 or s[-2] != "e" or s[-1] not in "lrnm" or s[-3] in "aeiou":
        return None
    return s if any(c in "aeiouy" for c in s[:-3]) else None


# Hij-vormen die niet uit de stam volgen.
_HIJ_ONREGELMATIG: Final = {
    "gaan": "gaat", "doen": "doet", "staan": "staat", "slaan": "slaat", "zien": "ziet",
    "zijn": "is", "hebben": "heeft", "komen": "komt", "kunnen": "kan", "willen": "wil",
    "zullen": "zal", "mogen": "mag",
}


def hij_vorm(heel: str) -> str | None:
    """De hij-vorm bij een heel werkwoord zonder partikel (vertellen → vertelt, zetten → zet), of
    None als die niet zeker is ("stapelen" of "reageren": toonloos of niet?)."""
    if heel in _HIJ_ONREGELMATIG:
        return _HIJ_ONREGELMATIG[heel]
    if not heel.endswith("en"):
        return None
    stam = ik_vorm(heel)
    vorm = stam if stam.endswith("t") else stam + "t"
    toonloos = toonloze_stam(heel)
    if toonloos is None:
        return vorm
    # "openen": "opent" of "opeent"? Het woordenboek kent er hooguit één.
    kandidaten = [v for v in (vorm, toonloos + "t") if bekend(v)]
    return kandidaten[0] if len(kandidaten) == 1 else None


# Werkwoorden die met een partikel beginnen maar niet scheiden: "overlegt", niet "legt … over".
_ONSCHEIDBAAR: Final = frozenset(
    "overleggen voorspellen overhoren overwinnen voorkomen overzien omschrijven overtuigen "
    "doorzien omarmen".split())


def gesplitst(heel: str) -> tuple[str, str]:
    """Het partikel en de rest van een scheidbaar heel werkwoord ("opsteken" → "op", "steken";
    "opendoen" → "open", "doen"); zonder partikel ("", heel). Het langste partikel eerst, en
    alleen als de rest zelf een bekend heel werkwoord is ("openen" splitst niet)."""
    if heel in _ONSCHEIDBAAR:
        return "", heel
    for d in _PARTIKELS_LANGSTE_EERST:
        rest = heel[len(d):]
        if heel.startswith(d) and len(rest) >= 4 and rest.endswith("en") and bekend(rest):
            return d, rest
    return "", heel


_PARTIKELS_LANGSTE_EERST: Final = tuple(sorted(PARTIKELS, key=lambda d: (-len(d), d)))


def is_persoonsvorm(woord: str, lem: str) -> bool:
    """Lijkt dit een vervoegd werkwoord ("knipt", "ruimde")? Voor werkwoorden buiten de lijst."""
    if lem == woord or not lem.endswith("en") or woord.startswith("ge") or woord.endswith("s"):
        return False
    stam = ik_vorm(lem)
    if woord in (stam, stam + "t", stam + "te", stam + "de", stam + "ten", stam + "den"):
        return True
    # Zonder uitgang niet: "tafel" en "winkel" zijn vaker een naamwoord dan "ik tafel".
    toonloos = toonloze_stam(lem)
    return toonloos is not None and woord in (toonloos + "t", toonloos + "de", toonloos + "den")
