"""Losse regels van de doelcheck: volwassene, ontkenning, oordeel, vergelijking, getallen.

Elke regel werkt op de woordenreeks van één doel en voegt vondsten toe aan de `Analyse`.
`gebruikt` houdt bij welke woorden al een betekenis kregen, zodat geen woord twee signalen geeft.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistent.kern.doelcheck_woorden import Woorden, unie, vormen, zoek_uitdrukkingen

Span = Callable[[int, int], tuple[int, int]]

_FUNCTIEWOORDEN = frozenset(
    "en of tot van de het een in op met t m is zijn bij uit voor na aan door als dan die dat "
    "te om per wordt word".split()
)
_VERBINDING = re.compile(r"^\s*(?:,|en|of|tot(?:\s+en\s+met)?|t/m|-|/)\s*$")
_NIET_ONDERWERP_ERVOOR = frozenset("van door aan met bij voor naar om tegen zonder".split())
_LIDWOORDEN = frozenset("de het zijn haar mijn hun je jouw".split())
_VOORNAAMWOORDEN = frozenset("ik hij zij ze".split())


@dataclass(frozen=True)
class Vondst:
    """Een signaal vóór het zijn uitleg krijgt; `element` is het onderdeel dat het raakt."""

    soort: str
    begin: int
    eind: int
    element: str
    sleutel: str = ""


@dataclass
class Analyse:
    """Tussenresultaat van één doel, alleen binnen de kern gebruikt."""

    gedrag: bool = False
    criterium: bool = False
    termijn: bool = False
    vondsten: list[Vondst] = field(default_factory=list)
    onderwerp: str | None = None
    onderwerp_plek: tuple[int, int] | None = None
    werkwoord_plek: tuple[int, int] | None = None
    begint_met_onderwerp: bool = False
    ik_vorm: bool = False
    frequentie: bool = False
    kleine: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    actief: dict[int, list[int]] = field(default_factory=dict)  # zie `Woorden.actief`


def binnen(b: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(sb <= b and e <= se for sb, se in spans)


def raakt(b: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(b < se and sb < e for sb, se in spans)


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


def volwassene(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    lemmas: list[str],
    zinsdeel: list[int],
    uitgesloten: set[int],
    gebruikt: set[int],
    span: Span,
    hoofd: list[bool],
) -> list[tuple[int, int]]:
    """Inzet van volwassenen: "krijgt extra instructie", "wordt begeleid", "de juf helpt"."""
    n = len(kleine)
    gevonden: list[tuple[int, int]] = []

    def meld(i: int, j: int) -> None:
        plek = span(i, j)
        gevonden.append(plek)
        a.vondsten.append(Vondst("volwassene", *plek, "gedrag"))
        gebruikt.update(range(i, j))

    inzet = zoek_uitdrukkingen(kleine, lemmas, w.zinnen("volwassene.inzet"), a.actief)
    ontvangen = w.set("volwassene.ontvangen")
    for i in range(n):
        if i in gebruikt:
            continue
        f = vormen(kleine[i])
        if f & ontvangen:
            for b, e, _zin in inzet:
                if i < b <= i + 8 and zinsdeel[b] == zinsdeel[i]:
                    meld(i, e)
                    break
        elif "worden" in f and lemmas[i] == "worden":
            for j in range(i + 1, min(n, i + 12)):
                if zinsdeel[j] != zinsdeel[i]:
                    break
                k, lem = kleine[j], lemmas[j]
                if (
                    k != lem
                    and lem.endswith("en")
                    and not hoofd[j]
                    and (k.startswith("ge") or k.endswith(("d", "t")))
                ):
                    meld(i, j + 1)
                    break
    handelingen = w.set("volwassene.handelingen")
    for pb, pe, _zin in zoek_uitdrukkingen(
        kleine, lemmas, w.zinnen("volwassene.personen"), a.actief
    ):
        if pb in uitgesloten or pb in gebruikt:
            continue
        voor = pb - 1
        if voor >= 0 and kleine[voor] in _LIDWOORDEN:
            voor -= 1
        if voor >= 0 and kleine[voor] in _NIET_ONDERWERP_ERVOOR:
            continue
        for j in [*range(pe, min(n, pe + 3)), *range(max(0, pb - 3), pb)]:
            if zinsdeel[j] != zinsdeel[pb] or j in gebruikt or not vormen(kleine[j]) & handelingen:
                continue
            if j < pb and j > 0 and (hoofd[j - 1] or kleine[j - 1] in _VOORNAAMWOORDEN):
                continue
            meld(min(pb, j), max(pe, j + 1))
            break
    return gevonden


def negatief_gedrag(
    a: Analyse,
    kleine: list[str],
    zinsdeel: list[int],
    ontkend: set[int],
    ontkende: list[int],
    negatief: frozenset[str],
    gebruikt: set[int],
    span: Span,
) -> None:
    """Alleen ontkend gedrag ("slaat niet meer"): meld de ontkenning met het werkwoord erbij."""
    n = len(kleine)
    for deel in sorted(ontkend):
        for i in range(n):
            if zinsdeel[i] != deel or kleine[i] not in negatief or i in gebruikt:
                continue
            lo, hi = i, i + 1
            for j in range(i + 1, min(n, i + 5)):
                if zinsdeel[j] == deel and kleine[j] == "meer":
                    hi = j + 1
                    break
            for v in ontkende:
                if zinsdeel[v] == deel and abs(v - i) <= 3:
                    lo, hi = min(lo, v), max(hi, v + 1)
            a.vondsten.append(Vondst("negatief", *span(lo, hi), "gedrag"))
            gebruikt.update(range(lo, hi))
            break


def interpretatie(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    lemmas: list[str],
    zinsdeel: list[int],
    gebruikt: set[int],
    hoofd: list[bool],
    positief: list[int],
    span: Span,
) -> None:
    """Een oordeel met een koppelwerkwoord ("is lui", "boos worden") in plaats van gedrag."""
    koppel = w.set("interpretatie.koppelwerkwoorden")
    oordelen = w.set("interpretatie.woorden")
    met_gedrag = {zinsdeel[p] for p in positief}
    n = len(kleine)
    for i in range(n):
        if i in gebruikt or hoofd[i] or zinsdeel[i] in met_gedrag:
            continue
        if kleine[i] not in oordelen and lemmas[i] not in oordelen:
            continue
        koppels = [
            j
            for j in range(n)
            if j != i
            and zinsdeel[j] == zinsdeel[i]
            and vormen(kleine[j]) & koppel
            and (kleine[j] != "zijn" or j + 1 == n or zinsdeel[j + 1] != zinsdeel[j])
        ]
        if not koppels:
            continue
        j = min(koppels, key=lambda k: abs(k - i))
        lo, hi = (min(i, j), max(i, j) + 1) if abs(i - j) <= 3 else (i, i + 1)
        a.vondsten.append(Vondst("interpretatie", *span(lo, hi), "gedrag"))
        gebruikt.update({i, j, *range(lo, hi)})


def vergelijking(
    a: Analyse,
    w: Woorden,
    kleine: list[str],
    lemmas: list[str],
    zinsdeel: list[int],
    gebruikt: set[int],
    negatief: frozenset[str],
    span: Span,
) -> None:
    """Vergrotende trappen zonder maat ("vaker", "rustiger"); "niet meer" is een ontkenning."""
    lijst = w.set("vergelijking.woorden")
    for i, k in enumerate(kleine):
        if i in gebruikt or not k.isalpha():
            continue
        lem = lemmas[i]
        trap = k in lijst or (
            lem != k
            and len(lem) >= 3
            and not lem.endswith("en")
            and k in (lem + "er", lem + lem[-1] + "er", lem + "der")
        )
        if not trap:
            continue
        if k == "meer" and any(
            kleine[j] in negatief and zinsdeel[j] == zinsdeel[i] for j in range(max(0, i - 4), i)
        ):
            continue
        a.vondsten.append(Vondst("vergelijking", *span(i, i + 1), "criterium"))
        gebruikt.add(i)


def getallen(
    a: Analyse,
    w: Woorden,
    laag: str,
    getalplekken: list[tuple[int, int]],
    termijnen: list[tuple[int, int]],
    criteria: list[tuple[int, int]],
) -> None:
    """Getallen buiten criterium en termijn: een aantal bij het gedrag, of een los getal."""
    voor = w.set("criterium.getal_geen_maat_voor")
    na = w.set("criterium.getal_geen_maat_na")
    groepen: list[tuple[int, int, str]] = []
    for b, e in getalplekken:
        if raakt(b, e, termijnen) or raakt(b, e, criteria):
            continue
        ervoor = re.findall(r"[\w/'-]+", laag[max(0, b - 40) : b])
        erna = re.match(r"(?:\s*-?)([a-zà-ÿ]+)", laag[e : e + 40])
        volgende = erna.group(1) if erna else ""
        vorige = [" ".join(ervoor[-k:]) for k in (1, 2, 3)] if ervoor else []
        if ervoor:
            vorige.append(ervoor[-1].rsplit("-", 1)[-1])
        if vorige and vorige[0] in ("groep", "leerjaar", "jaargroep", "klas"):
            soort = "groep"
        elif volgende in na or volgende.startswith("jarig"):
            soort = "leeftijd"
        elif any(v in voor for v in vorige) and not (
            len(ervoor) > 1 and ervoor[-2] in ("per", "elke", "iedere", "elk", "ieder")
        ):
            soort = "inhoud"  # "tafel van 6"; maar "per week drie zinnen" is wel een aantal
        elif volgende and volgende not in _FUNCTIEWOORDEN:
            a.criterium = True
            criteria.append((b, e))
            continue
        else:
            soort = "anders"
        if groepen and _VERBINDING.match(laag[groepen[-1][1] : b]):
            groepen[-1] = (groepen[-1][0], e, groepen[-1][2])
            continue
        if soort == "groep":
            b = laag.rfind(vorige[0], 0, b)
        elif soort == "leeftijd" and erna:
            e = e + erna.end(1)
        groepen.append((b, e, soort))
    for b, e, soort in groepen:
        if soort in ("groep", "leeftijd") or not a.criterium:
            a.vondsten.append(Vondst("los_getal", b, e, "criterium", soort))


def _werkwoordachtig(w: Woorden, klein: str, lem: str) -> bool:
    alle = unie(
        w,
        (
            "gedrag.waarneembaar",
            "gedrag.niet_waarneembaar",
            "vaag.werkwoorden",
            "volwassene.ontvangen",
            "interpretatie.koppelwerkwoorden",
        ),
    )
    return bool(vormen(klein) & alle) or is_persoonsvorm(klein, lem)


def onderwerp(
    a: Analyse,
    tekst: str,
    woorden: list[tuple[int, int]],
    kleine: list[str],
    hoofd: list[bool],
    w: Woorden,
) -> None:
    """Wie het doel haalt (naam, "ik", "de leerling", "hij") en waar de persoonsvorm staat."""
    n = len(kleine)
    tijd = unie(w, ("termijn.maanden", "termijn.feestdagen", "termijn.weekdagen"))
    plek: int | None = None
    lengte = 1
    for i in range(n):
        if kleine[i] == "ik":
            plek, a.ik_vorm = i, True
            break
        if kleine[i] == "leerling" and i and kleine[i - 1] == "de":
            plek, lengte = i - 1, 2
            break
        if hoofd[i] and kleine[i] not in tijd and kleine[i].isalpha():
            plek = i
            break
    if plek is None and n > 1 and tekst[woorden[0][0]].isupper() and kleine[0] not in tijd:
        if kleine[0] in _VOORNAAMWOORDEN or (
            kleine[0] not in _FUNCTIEWOORDEN
            and _werkwoordachtig(w, kleine[1], a.lemmas[1])
            and not _werkwoordachtig(w, kleine[0], a.lemmas[0])
        ):
            plek = 0
    if plek is None:
        return
    b, e = woorden[plek][0], woorden[plek + lengte - 1][1]
    a.onderwerp, a.onderwerp_plek = tekst[b:e], (b, e)
    na, voor = plek + lengte, plek - 1
    if na < n and _werkwoordachtig(w, kleine[na], a.lemmas[na]):
        a.werkwoord_plek = woorden[na]
        a.begint_met_onderwerp = plek == 0
    elif voor >= 0 and _werkwoordachtig(w, kleine[voor], a.lemmas[voor]):
        a.werkwoord_plek = woorden[voor]
