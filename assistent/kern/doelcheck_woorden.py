"""Woordenlijsten van de doelcheck: laden, aanvullen met het bestand van de school, lemma's.

De lijsten staan in `doelwoorden.toml` zodat een school ze kan uitbreiden zonder code. Ze worden
één keer per bestand gelezen en voorbewerkt; simplemma wordt pas bij het eerste lemma geladen,
zodat het importeren van de doelcheck licht blijft.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from assistent.kern.doelcheck import lees_schoolbestand
from assistent.kern.doelcheck_patronen import Patronen, bouw_patronen

_REEKS: Final = re.compile(r"\w+")  # de woordtekens binnen een woord
_WOORD: Final = re.compile(r"\w+(?:['’-]\w+)*")  # een woord, met "z'n" en "avi-niveau" heel
WOORD: Final = _WOORD
_LOS: Final = re.compile(r"['’-]")  # wat de delen van een woord verbindt ("z'n", "avi-niveau")
BASISBESTAND: Final = Path(__file__).resolve().parent / "doelwoorden.toml"

# Bezittelijke voornaamwoorden zijn in uitdrukkingen uitwisselbaar ("in zijn/haar vel").
BEZIT: Final = frozenset({"zijn", "haar", "hun", "mijn", "je", "jouw", "z'n", "m'n", "d'r", "zich"})
_BEZIT_TEKEN: Final = "<bezit>"
BEZIT_TEKEN: Final = _BEZIT_TEKEN

Uitdrukking = tuple[str, ...]
# Uitdrukkingen geïndexeerd op hun eerste woord, zodat zoeken per woord één opzoeking is.
Index = Mapping[str, tuple[Uitdrukking, ...]]
Plekken = dict[int, list[int]]  # per index (op `id`): de woorden waar iets kan beginnen
_GEEN: Final[frozenset[int]] = frozenset()


@dataclass(frozen=True, eq=False)
class Woorden:
    """Alle lijsten uit het TOML-bestand, als verzamelingen en uitdrukkingen.

    Vergelijken gaat op identiteit: per bestandsversie is er één object, dat als sleutel dient.
    """

    lijsten: Mapping[str, frozenset[str]]
    uitdrukkingen: Mapping[str, Index]
    instrumenten_genoemd: tuple[tuple[str, Index], ...]
    instrumenten_inhoud: tuple[tuple[str, Index], ...]
    patronen: Patronen
    # Per eerste woord: welke indexen (op `id`) een uitdrukking hebben die daarmee begint.
    op_sleutel: Mapping[str, frozenset[int]]
    indexen: Mapping[int, Index]  # elke index op zijn `id`
    # Eigenschappen per woord (lemma, vormen, lijsten), één keer per woord berekend; een
    # woordcache zoals die van de lemma's, gevuld door `doelcheck_herkenning`.
    per_woord: dict[str, Woordinfo] = field(default_factory=dict, compare=False)

    def set(self, naam: str) -> frozenset[str]:
        return self.lijsten.get(naam, frozenset())

    def zinnen(self, naam: str) -> Index:
        return self.uitdrukkingen.get(naam, {})


def _als_uitdrukking(woord: str) -> Uitdrukking:
    return tuple(_BEZIT_TEKEN if d in BEZIT else d for d in woord.lower().split())


def _index(woorden: list[str]) -> Index:
    index: dict[str, list[Uitdrukking]] = {}
    for woord in woorden:
        zin = _als_uitdrukking(woord)
        if zin and zin not in index.setdefault(zin[0], []):
            index[zin[0]].append(zin)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _bouw(ruw: dict[str, Any]) -> Woorden:
    lijsten: dict[str, frozenset[str]] = {}
    uitdrukkingen: dict[str, Index] = {}
    for sectie, inhoud in ruw.items():
        if sectie == "meetinstrument":
            continue
        for sleutel, lijst in inhoud.items():
            naam = f"{sectie}.{sleutel}"
            woorden = [w.strip().lower() for w in lijst if w.strip()]
            lijsten[naam] = frozenset(woorden)
            uitdrukkingen[naam] = _index(woorden)
    instrument = ruw.get("meetinstrument", {})

    def per_instrument(deel: str) -> tuple[tuple[str, Index], ...]:
        return tuple(
            (naam, _index([w.strip().lower() for w in woorden if w.strip()]))
            for naam, woorden in instrument.get(deel, {}).items()
        )

    genoemd, inhoud = per_instrument("genoemd"), per_instrument("inhoud")
    op_sleutel: dict[str, set[int]] = {}
    indexen = [*uitdrukkingen.values(), *(i for _n, i in genoemd + inhoud)]
    for index in indexen:
        for sleutel in index:
            op_sleutel.setdefault(sleutel, set()).add(id(index))
    return Woorden(
        lijsten,
        uitdrukkingen,
        genoemd,
        inhoud,
        bouw_patronen(lijsten),
        {k: frozenset(v) for k, v in op_sleutel.items()},
        {id(index): index for index in indexen},
    )


@lru_cache(maxsize=1)
def _basis_ruw() -> dict[str, Any]:
    return tomllib.loads(BASISBESTAND.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _geladen(extra: Path | None, _versie: tuple[int, int]) -> Woorden:
    basis = _basis_ruw()
    if extra is None:
        return _bouw(basis)
    return _bouw(lees_schoolbestand(extra, basis))


def laad_woorden(extra: Path | None = None) -> Woorden:
    """De woordenlijsten, eventueel aangevuld; per bestand en wijzigingstijd één keer gebouwd."""
    if extra is None:
        return _geladen(None, (0, 0))
    try:
        status = extra.stat()
        versie = (status.st_mtime_ns, status.st_size)
    except OSError:
        versie = (-1, -1)
    return _geladen(extra, versie)


@lru_cache(maxsize=256)
def unie(w: Woorden, namen: tuple[str, ...]) -> frozenset[str]:
    """Meerdere lijsten samen, één keer per woordenboek berekend."""
    return frozenset().union(*(w.set(naam) for naam in namen))


@lru_cache(maxsize=65536)
def lemma(woord: str) -> str:
    """Het lemma van een woord in kleine letters; simplemma laadt pas bij de eerste vraag."""
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
    return frozenset(uit)


def zoek_uitdrukkingen(
    infos: list[Woordinfo], index: Index, actief: Plekken
) -> list[tuple[int, int, Uitdrukking]]:
    """Vind uitdrukkingen in de woordenreeks; elk woord mag als vorm of als lemma passen.

    Per plaats wint de langste uitdrukking; daarna gaat het zoeken verder achter de vondst.
    `actief` zegt vooraf op welke woorden deze index iets kan vinden. Wat per woord vaststaat
    (de kandidaten die ermee beginnen, wat het woord kan zijn) staat al in zijn `Woordinfo`.
    """
    uit: list[tuple[int, int, Uitdrukking]] = []
    sleutel = id(index)
    plekken = actief.get(sleutel)
    if plekken is None:
        return uit
    n = len(infos)
    verder = 0
    for i in plekken:
        if i < verder:
            continue  # binnen de vorige vondst
        kandidaten, tweede, los = infos[i].zinnen[sleutel]
        if not los and (i + 1 == n or tweede.isdisjoint(infos[i + 1].past)):
            continue  # geen uitdrukking van één woord, en het volgende woord past bij geen
        gevonden = 0
        beste: Uitdrukking = ()
        for zin in kandidaten:
            lengte = len(zin)
            if lengte <= gevonden or i + lengte > n:
                continue
            for j in range(1, lengte):
                if zin[j] not in infos[i + j].past:
                    break
            else:
                gevonden, beste = lengte, zin
        if gevonden:
            uit.append((i, i + gevonden, beste))
            verder = i + gevonden
    return uit


# --- Eigenschappen per woord, één keer per woord berekend ---

# Woorden die nooit het werkwoord zijn ("met" is geen vorm van "meten").
GEEN_WERKWOORD: Final = frozenset(
    "met in op aan bij van voor na om tot uit door over onder te de het een en of als dan dat "
    "die wat hij zij ze ik je we wij haar mijn hun niet geen nooit ook nog al er daar hier zo "
    "elke iedere alle keer per wel mee toe af weg terug samen zelf hem mij ons jullie".split()
)
# Scheidbare werkwoorden: "lost … op" is "oplossen", "ruim … op" is "opruimen".
PARTIKELS: Final = frozenset(
    "op uit af aan in mee door terug voor na weg klaar neer toe bij om over samen vast".split()
)
# Leerwerkwoorden: wat erna komt is een leerproces, nog geen gedrag ("leert plannen").
LEERWERKWOORDEN: Final = frozenset({"leren", "proberen", "aanleren"})
_LEEG: Final[frozenset[str]] = frozenset()
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

# Woordsoorten als bits in `Woordinfo.vlaggen`: per woord één keer berekend en per doel met
# één `|` per woord samengevoegd. Een regel die een soort nodig heeft die niet in het doel
# staat, kan niets vinden en slaat de herkenning over; zo betaalt een doel alleen voor de
# regels die er iets in kunnen vinden, in plaats van elke regel een ronde over alle woorden.
GRENS: Final = 1  # voegwoord of bijzinwoord: een nieuw zinsdeel
BIJZIN: Final = 2
VAN: Final = 4  # "in plaats van"
PARTIKEL: Final = 8
NEGATIEF: Final = 16
WEDERKEREND: Final = 32
HOOFDLETTERWOORD: Final = 64
VERMOGEN: Final = 128  # "(in) staat", "lukken"
LEER: Final = 256
VAAG_PAAR: Final = 512  # werkwoord van een vaag paar ("werkt … aan")
VAAG_LOS: Final = 1024  # vaag werkwoord, alleen letters
OORDEEL: Final = 2048
TRAP: Final = 4096
VOLWASSENE: Final = 8192  # "krijgt", "wordt"
AANLEIDING: Final = 16384  # "als", "zodra", "belsignaal": een stop met aanleiding is gedrag
# Kan het werkwoord zijn, en dan waarneembaar gedrag of een persoonsvorm, ook met een partikel
# erbij ("ruimt … op") of een tweede werkwoord ("laat … zien")? Alleen deze woorden gaan door
# de gedragsregel; bij de andere zou die toch niets vinden.
GEDRAG: Final = 32768
ONDERWERP: Final = 65536  # "ik", "(de) leerling"
# Wat maar bij een deel van de woorden speelt; de woordronde kijkt alleen dan verder.
ZINNEN: Final = 1 << 17  # er kan een uitdrukking mee beginnen (`Woordinfo.zinnen`)
KANS: Final = 1 << 18  # er kan een patroon in beginnen (`Woordinfo.kansen`)
SLEUTEL: Final = 1 << 19  # het staat patroondelen toe (`Woordinfo.sleutelbits`)
CIJFER: Final = 1 << 20  # er staat een cijfer in (isdigit, zoals de patronen met een cijfer vragen)


def _stam(hele: str) -> str:
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


def is_persoonsvorm(klein: str, lem: str) -> bool:
    """Lijkt dit een vervoegd werkwoord ("knipt", "ruimde")? Voor werkwoorden buiten de lijst."""
    if lem == klein or not lem.endswith("en") or klein.startswith("ge") or klein.endswith("s"):
        return False
    s = _stam(lem)
    return klein in (s, s + "t", s + "te", s + "de", s + "ten", s + "den")


@lru_cache(maxsize=8)
def gesplitst(w: Woorden) -> dict[str, frozenset[str]]:
    """Waarneembare uitdrukkingen van twee werkwoorden ("laten zien"), op het eerste woord."""
    uit: dict[str, set[str]] = {}
    for zin in w.set("gedrag.waarneembaar"):
        delen = zin.split()
        if len(delen) == 2 and all(d.endswith("en") for d in delen):
            uit.setdefault(delen[0], set()).add(delen[1])
    return {k: frozenset(v) for k, v in uit.items()}


@lru_cache(maxsize=8)
def vage_paren(w: Woorden) -> dict[str, str]:
    """Vage uitdrukkingen van werkwoord en voorzetsel ("werken aan"), op het werkwoord."""
    uit: dict[str, str] = {}
    for zin in w.set("vaag.uitdrukkingen"):
        delen = zin.split()
        if len(delen) == 2 and delen[0].endswith("en") and delen[1] in GEEN_WERKWOORD:
            uit[delen[0]] = delen[1]
    return uit


# De uitdrukkingen die met een woord kunnen beginnen, in zoekvolgorde, met hun tweede woorden
# en of er een van één woord bij is: zo slaat het zoeken een plek over zonder elke uitdrukking
# te proberen als het volgende woord bij geen enkele past ("de" begint veel uitdrukkingen).
Kandidaten = tuple[tuple[Uitdrukking, ...], frozenset[str], bool]


def _kandidaten(index: Index, k: str, lem: str) -> Kandidaten:
    kandidaten = index.get(k, ())
    if lem != k:
        kandidaten += index.get(lem, ())
    if k in BEZIT:
        kandidaten += index.get(_BEZIT_TEKEN, ())
    tweede = frozenset(zin[1] for zin in kandidaten if len(zin) > 1)
    return kandidaten, tweede, any(len(zin) == 1 for zin in kandidaten)


class Woordinfo:
    """Wat een woord los van de zin is: lemma, vormen en in welke lijsten die staan."""

    __slots__ = tuple(
        "k lem f alpha kandidaat ziet pv vaag leer stop extra paar zinnen past ontvangt wordt "
        "deelwoord "
        "handeling koppel oordeel trap werkwoordachtig kansen kansbits sleutelbits vlaggen "
        "partikelvormen kansfilter".split()
    )

    def __init__(self, w: Woorden, k: str) -> None:
        lijst = lijsten(w)
        self.k = k  # het woord zelf: de woordronde zoekt een info ook op een stuk als "klas."
        self.lem = lem = lemma(k)
        self.f = f = vormen(k)
        self.alpha = k.isalpha()
        self.kandidaat = self.alpha and k not in GEEN_WERKWOORD  # kan het werkwoord zijn
        self.ziet = not f.isdisjoint(lijst.waarneembaar)
        self.pv = is_persoonsvorm(k, lem)
        self.werkwoordachtig = self.pv or not f.isdisjoint(lijst.werkwoorden)
        self.pv = self.pv and lem not in lijst.niet
        self.vaag = not f.isdisjoint(lijst.vaag) and not self.ziet
        self.leer = not f.isdisjoint(LEERWERKWOORDEN)
        self.stop = not f.isdisjoint(lijst.stop)
        # Vormen die pas met andere woorden erbij iets worden: "gaat naar", "laat … zien".
        self.extra = "gaan" in f or not f.isdisjoint(lijst.gesplitst)
        paren = lijst.paren  # "werkt … aan": het voorzetsel dat bij dit werkwoord vaag is
        self.paar = frozenset(paren[v] for v in paren.keys() & f) if self.kandidaat else _LEEG
        # Per uitdrukkingslijst (op `id`) de uitdrukkingen die met dit woord kunnen beginnen:
        # als vorm, als lemma of als bezittelijk voornaamwoord, in de volgorde van het zoeken.
        op_sleutel = w.op_sleutel
        ids = op_sleutel.get(k, _GEEN)
        if lem != k:
            ids = ids | op_sleutel.get(lem, _GEEN)
        if k in BEZIT:
            ids = ids | op_sleutel.get(_BEZIT_TEKEN, _GEEN)
        self.zinnen = {x: _kandidaten(w.indexen[x], k, lem) for x in ids}
        # Wat dit woord verderop in een uitdrukking kan zijn: vorm, lemma of "<bezit>".
        self.past = frozenset((k, lem, _BEZIT_TEKEN) if k in BEZIT else (k, lem))
        # Waar in het woord een patroon kan beginnen, per reeks woordtekens ("z'n" → "z", "n"),
        # met de delen die daar kunnen beginnen. En de delen van een woord met streepjes.
        delen = ((0, k),) if k.isalnum() else ((m.start(), m.group()) for m in _REEKS.finditer(k))
        patronen = w.patronen
        self.kansen = tuple((o, deel) for o, d in delen if (deel := patronen.delen_bij(d)))
        self.kansbits = sum({1 << i for _o, ids in self.kansen for i in ids})
        # Een woord met streepjes telt ook met zijn delen ("avi-niveau": "avi" en "niveau").
        woorddelen = (k, *k.split("-")) if "-" in k else (k,)
        self.sleutelbits = patronen.sleutelbits(woorddelen, _LOS.split(k))
        # Voor de regels over volwassenen, oordelen en vergelijkingen.
        self.ontvangt = not f.isdisjoint(lijst.ontvangen)
        self.wordt = "worden" in f and lem == "worden"
        self.deelwoord = (
            k != lem and lem.endswith("en") and (k.startswith("ge") or k.endswith(("d", "t")))
        )
        self.handeling = not f.isdisjoint(lijst.handelingen)
        self.koppel = not f.isdisjoint(lijst.koppel)
        self.oordeel = k in lijst.oordelen or lem in lijst.oordelen
        self.trap = self.alpha and (
            k in lijst.trappen
            or (
                lem != k
                and len(lem) >= 3
                and not lem.endswith("en")
                and k in (lem + "er", lem + lem[-1] + "er", lem + "der")
            )
        )
        self.partikelvormen: dict[str, frozenset[str]] = {}  # zie `met_partikel`
        self.kansfilter: dict[int, tuple[tuple[int, tuple[int, ...]], ...]] = {}  # `kansen_met`
        self.vlaggen = self._vlaggen(k, lijst) | (
            AANLEIDING if not lijst.aanleiding.isdisjoint(woorddelen) else 0
        )

    def met_partikel(self, partikel: str) -> frozenset[str]:
        """De vormen met een partikel ervoor ("ruimt … op": "opruimen"), per woord bewaard."""
        vormen = self.partikelvormen.get(partikel)
        if vormen is None:
            vormen = self.partikelvormen[partikel] = self.f | {partikel + v for v in self.f}
        return vormen

    def kansen_met(self, mag: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """`kansen` met alleen de delen die mogen (bits), per woord en combinatie bewaard: zo
        hoeft het zoeken niet bij elke poging te kijken of het deel in deze tekst mag."""
        kansen = self.kansfilter.get(mag)
        if kansen is None:
            gefilterd = ((o, tuple(i for i in ids if mag >> i & 1)) for o, ids in self.kansen)
            kansen = self.kansfilter[mag] = tuple((o, ids) for o, ids in gefilterd if ids)
        return kansen

    def _vlaggen(self, k: str, lijst: Lijsten) -> int:
        f = self.f
        return (
            (GRENS if k in VOEGWOORDEN or k in BIJZINWOORDEN else 0)
            | (BIJZIN if k in BIJZINWOORDEN else 0)
            | (VAN if k == "van" else 0)
            | (PARTIKEL if k in PARTIKELS else 0)
            | (NEGATIEF if k in lijst.negatief else 0)
            | (WEDERKEREND if k in ZICH else 0)
            | (HOOFDLETTERWOORD if k in HOOFDLETTERWOORDEN else 0)
            | (VERMOGEN if k == "staat" or "lukken" in f else 0)
            | (LEER if self.leer else 0)
            | (VAAG_PAAR if self.paar else 0)
            | (VAAG_LOS if self.vaag and self.alpha else 0)
            | (OORDEEL if self.oordeel else 0)
            | (TRAP if self.trap else 0)
            | (VOLWASSENE if self.ontvangt or self.wordt else 0)
            | (ONDERWERP if k in ("ik", "leerling") else 0)
            | (ZINNEN if self.zinnen else 0)
            | (KANS if self.kansen else 0)
            | (SLEUTEL if self.sleutelbits else 0)
            | (CIJFER if any(map(str.isdigit, k)) else 0)
            | (GEDRAG if self.kandidaat and self._kan_gedrag(lijst) else 0)
        )

    def _kan_gedrag(self, lijst: Lijsten) -> bool:
        return (
            self.ziet
            or self.pv
            or self.extra
            or not self.f.isdisjoint(lijst.voor_partikel)  # "ruimt" met "op": "opruimen"
        )


class Lijsten:
    def __init__(self, w: Woorden) -> None:
        self.waarneembaar = w.set("gedrag.waarneembaar")
        self.niet = unie(
            w, ("gedrag.niet_waarneembaar", "interpretatie.koppelwerkwoorden", "vaag.werkwoorden")
        )
        self.werkwoorden = unie(
            w,
            (
                "gedrag.waarneembaar",
                "gedrag.niet_waarneembaar",
                "vaag.werkwoorden",
                "volwassene.ontvangen",
                "interpretatie.koppelwerkwoorden",
            ),
        )
        self.vaag = w.set("vaag.werkwoorden")
        self.stop = w.set("negatief.stoppen")
        self.gesplitst = gesplitst(w)
        # Vormen die met een partikel ervoor waarneembaar worden of een tweede werkwoord
        # krijgen ("ruim" → "opruimen"); zie `GEDRAG`.
        self.voor_partikel = frozenset(
            x[len(p) :]
            for x in self.gesplitst.keys() | self.waarneembaar
            for p in PARTIKELS
            if x.startswith(p) and len(x) > len(p)
        )
        self.paren = vage_paren(w)
        self.ontvangen = w.set("volwassene.ontvangen")
        self.zelf_te_volgen = w.set("volwassene.zelf_te_volgen")
        self.handelingen = w.set("volwassene.handelingen")
        self.koppel = w.set("interpretatie.koppelwerkwoorden")
        self.oordelen = w.set("interpretatie.woorden")
        self.trappen = w.set("vergelijking.woorden")
        # Wat de regels per doel nodig hebben, hier één keer opgezocht.
        self.negatief = w.set("negatief.woorden")
        self.aanleiding = w.set("negatief.aanleiding")
        self.getal_voor = w.set("criterium.getal_geen_maat_voor")
        self.getal_na = w.set("criterium.getal_geen_maat_na")
        self.tijdwoorden = unie(w, ("termijn.maanden", "termijn.feestdagen", "termijn.weekdagen"))
        self.toestanden = w.zinnen("gedrag.toestanden")
        self.vaag_zinnen = (
            (w.zinnen("vaag.geen_termijn"), "termijn"),
            (w.zinnen("vaag.hoeveelheid"), "criterium"),
            (w.zinnen("vaag.uitdrukkingen"), "gedrag"),
        )
        self.waarneembaar_zinnen = w.zinnen("gedrag.waarneembaar")
        self.inzet = w.zinnen("volwassene.inzet")
        # Alle lijsten van meetinstrumenten (op `id`): staat er geen in het doel, dan zoeken
        # we ook niet per lijst.
        self.instrumenten = frozenset(
            id(index) for _naam, index in w.instrumenten_genoemd + w.instrumenten_inhoud
        )
        self.personen = w.zinnen("volwassene.personen")


# Per woordenboek de `Lijsten`. Een gewone dict: de regels zoeken er per doel een paar keer
# in, en `LIJSTEN.get(w) or lijsten(w)` kost een derde van een lru_cache-aanroep.
LIJSTEN: Final[dict[Woorden, Lijsten]] = {}


def lijsten(w: Woorden) -> Lijsten:
    lijst = LIJSTEN.get(w)
    if lijst is None:
        if len(LIJSTEN) >= 8:
            LIJSTEN.clear()
        lijst = LIJSTEN[w] = Lijsten(w)
    return lijst


def stukinfo(w: Woorden, stuk: str) -> Woordinfo | None:
    """De info van een stuk tekst tussen witruimte dat met één woord begint en verder alleen
    leestekens heeft ("klas.", "z'n,"), anders None ("8/10", "'s", "-"). Zo'n stuk komt ook
    in `w.per_woord`: een woord bevat nooit zo'n leesteken, dus het botst met geen woord."""
    treffers = _WOORD.findall(stuk)
    if len(treffers) != 1 or not stuk.startswith(treffers[0]):
        return None
    k = treffers[0]
    info = w.per_woord.get(k) or nieuwe_woordinfo(w, k)
    if len(w.per_woord) >= 65536:  # dezelfde grens als `nieuwe_woordinfo`
        w.per_woord.clear()
    w.per_woord[stuk] = info
    return info


def nieuwe_woordinfo(w: Woorden, k: str) -> Woordinfo:
    """Bereken en bewaar de eigenschappen van een woord dat nog niet in `w.per_woord` staat."""
    bekend = w.per_woord
    if len(bekend) >= 65536:
        bekend.clear()
    info = bekend[k] = Woordinfo(w, k)
    return info
