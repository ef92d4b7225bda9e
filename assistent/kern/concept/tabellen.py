"""De twee tabellen van het OPP: factoren (per domein) en doelen (met criterium en termijn).

De doelcheck vult criterium, termijn en meting waar hij ze vindt. Wat niet te vinden is,
blijft een zichtbare open plek: liever '[nog invullen: termijn]' dan een verzonnen datum.
"""

from __future__ import annotations

from datetime import date

from assistent.kern.concept.eigen_doel import vergelijk
from assistent.kern.concept.feiten import generieke_blokken, herkomst_van, vormen, weergave
from assistent.kern.concept.model import (
    VAKJE,
    Alinea,
    Blok,
    Doel,
    Feiten,
    Tabel,
    heeft_inhoud,
    nog_invullen,
    uniforme_plekken,
)
from assistent.kern.concept.termijnen import als_datum
from assistent.kern.concept.zinnen import citaat, samen
from assistent.kern.doelcheck import Doelchecker, Doeloordeel
from assistent.kern.vragenlijst.rollen import DOMEINEN

FACTOR_KOLOMMEN = ("Domein", "Bevorderend", "Belemmerend")
DOEL_KOLOMMEN = ("Nr", "Doel", "Criterium", "Termijn", "Meting")
EVALUATIE_KOLOMMEN = ("Doel", "Behaald", "Deels", "Niet", "Toelichting")
LEEG = "–"


def factoren(feiten: Feiten) -> list[Blok]:
    """De factorentabel: één rij per domein dat de vraag zelf noemt (kind, onderwijs, thuis).

    Een open factorvraag met een domein komt in de tabel; zonder domein is het een toelichting
    onder de tabel. 'Overig' staat er alleen als een vraag dat domein kiest. Omdat die rij zelf
    niet zegt waarover het gaat, krijgt elk punt daar de kop van zijn vraag ('Wanneer het
    lastig wordt: bij overgangen'): zo leest een los stukje zin als een gewone uitspraak.
    """
    vw = vormen(feiten)
    cellen: dict[tuple[str, str], list[str]] = {}
    toelichting: list[Blok] = []
    for soort in ("bevorderend", "belemmerend"):
        for feit in feiten.beantwoord(f"factoren_{soort}"):
            vraag, waarde = feit.vraag, feit.waarde
            if isinstance(waarde, list) and vraag.soort in ("meerkeuze", "lijst"):
                domein = vraag.domein or "overig"
                items = [weergave(vraag, [w], vw) for w in waarde]
                if domein == "overig" and vraag.kop:  # een kop, geen hele vraag ervoor
                    items = [f"{vraag.kop}: {', '.join(items)}"]
                cellen.setdefault((domein, soort), []).extend(items)
            elif waarde is not None and vraag.domein is not None:
                cellen.setdefault((vraag.domein, soort), []).append(weergave(vraag, waarde, vw))
            elif waarde is not None:
                tekst = weergave(vraag, waarde, vw)
                toelichting.append(Alinea(tekst, "antwoord", vraag.titel, (), vraag.id))
    vast = [d for d in DOMEINEN if d != "overig"]
    domeinen = [*vast, *(["overig"] if any(d == "overig" for d, _ in cellen) else [])]
    rijen = tuple(
        (
            DOMEINEN[d],
            "\n".join(dict.fromkeys(cellen.get((d, "bevorderend"), []))) or LEEG,
            "\n".join(dict.fromkeys(cellen.get((d, "belemmerend"), []))) or LEEG,
        )
        for d in domeinen
    )
    blokken: list[Blok] = [Tabel("factoren", FACTOR_KOLOMMEN, rijen)]
    for soort in ("bevorderend", "belemmerend"):
        if not any(s == soort for _, s in cellen) and not feiten.beantwoord(f"factoren_{soort}"):
            blokken.append(Alinea(nog_invullen(f"{soort}e factoren"), "ontbreekt"))
    return blokken + toelichting


def doelteksten(feiten: Feiten) -> list[tuple[str, str]]:
    """(vraag-id, doel) voor elk doel van een vraag met de rol doel."""
    uit: list[tuple[str, str]] = []
    for feit in feiten.met_rol("doel"):
        if not heeft_inhoud(feit.waarde):
            continue
        waarde = feit.waarde
        items = waarde if isinstance(waarde, list) else [str(waarde)]
        uit.extend((feit.vraag.id, item) for item in items if item)
    return uit


def beoordeel_doelen(feiten: Feiten, doelcheck: Doelchecker) -> tuple[Doel, ...]:
    """Elk doel met het oordeel van de doelcheck: één keer, voor tabel en controles samen."""
    naam = feiten.rol("naam")
    leerling = naam.strip() or None if isinstance(naam, str) else None
    return tuple(
        Doel(tekst, vraag_id, doelcheck(tekst, naam=leerling), vraag_id in feiten.aanvaard)
        for vraag_id, tekst in doelteksten(feiten)
    )


def _doelcel(doel: Doel) -> str:
    """Het doel zelf; een doel dat nog niet meetbaar is en niet bewust zo gelaten, krijgt een
    zichtbare markering, zodat het in de tabel niet doorgaat voor een af doel."""
    tekst = uniforme_plekken(doel.tekst)
    if doel.oordeel.meetbaar or doel.aanvaard:
        return tekst
    mist = samen(str(o) for o in doel.oordeel.ontbreekt)
    return f"{tekst}\n" + nog_invullen(
        f"maak dit doel meetbaar ({mist})" if mist else "maak dit doel meetbaar"
    )


def doelrijen(
    beoordeeld: tuple[Doel, ...], begin: date | None, evaluatie: date | None
) -> tuple[list[tuple[str, ...]], bool]:
    """De rijen van de doelentabel, en of er een termijn in een datum is omgezet."""
    rijen: list[tuple[str, ...]] = []
    omgezet = False
    for nummer, doel in enumerate(beoordeeld, 1):
        criterium, termijn, meting = _cellen(doel.oordeel)
        datum = als_datum(termijn, begin, evaluatie)
        omgezet = omgezet or datum != termijn
        rijen.append((str(nummer), _doelcel(doel), criterium, datum, meting))
    return rijen, omgezet


def doelen(
    feiten: Feiten, beoordeeld: tuple[Doel, ...], begin: date | None = None,
    evaluatie: date | None = None, basis: str = "",
) -> list[Blok]:
    """De doelentabel, wie de aanpak uitvoert (één keer, niet per doel), de redenen bij een doel
    dat bewust zo is gelaten, en het eigen doel van het kind ernaast."""
    rijen, omgezet = doelrijen(beoordeeld, begin, evaluatie)
    if not rijen:
        rijen = [("1", nog_invullen("doel"), *(nog_invullen(k.lower()) for k in DOEL_KOLOMMEN[2:]))]
    blokken: list[Blok] = [Tabel("doelen", DOEL_KOLOMMEN, tuple(rijen))]
    if basis and omgezet:
        blokken.append(Alinea(basis, "afgeleid"))
    wie = feiten.feit("aanpak_wie")
    if wie is not None and heeft_inhoud(wie.waarde) and wie.waarde is not None:
        blokken.append(Alinea(weergave(wie.vraag, wie.waarde, vormen(feiten)), "antwoord",
                              "Wie voert het uit", (), wie.vraag.id))
    else:
        blokken.append(Alinea(nog_invullen("wie de aanpak uitvoert en bijhoudt"), "ontbreekt",
                              "Wie voert het uit"))
    for nummer, doel in enumerate(beoordeeld, 1):
        reden = feiten.aanvaard.get(doel.vraag)
        if reden and doel.aanvaard:
            blokken.append(Alinea(reden, "antwoord", f"Doel {nummer} is bewust zo geformuleerd",
                                  (), doel.vraag))
    blokken.extend(eigen_doel(feiten, beoordeeld))
    rest = generieke_blokken(feiten, ("doelen",), "Doelen", zonder=frozenset({"doel"}))
    blokken.extend(b for b in rest if not (isinstance(b, Alinea) and b.herkomst == "ontbreekt"))
    return blokken


def eigen_doel(feiten: Feiten, beoordeeld: tuple[Doel, ...]) -> list[Blok]:
    """Het doel van het kind zelf, naast de doelen van de school (de woorden van het kind)."""
    feit = feiten.feit("kind_doel")
    if feit is None or not isinstance(feit.waarde, str) or not feit.waarde.strip():
        return []
    vw = vormen(feiten)
    tekst = citaat(uniforme_plekken(feit.waarde))
    vergelijking = vergelijk(feit.waarde, [d.tekst for d in beoordeeld], vw["naam"])
    slot = f" Dit hoort bij doel {vergelijking.index + 1}." if vergelijking else ""
    return [Alinea(f"{tekst}.{slot}", herkomst_van(feit.waarde), f"Het doel van {vw['naam']} zelf",
                   (), feit.vraag.id)]


_BESLUITTEKST = {"doorgaan": "Het doel gaat door.", "bijstellen": "Het doel wordt bijgesteld.",
                 "afsluiten": "Het doel wordt afgesloten."}


def _zin(tekst: str) -> str:
    """Een antwoord als zin in een toelichting: met een punt erachter."""
    tekst = tekst.strip()
    return tekst if not tekst or tekst[-1] in ".!?" else tekst + "."


def evaluatietabel(beoordeeld: tuple[Doel, ...], feiten: Feiten | None = None) -> Tabel:
    """Per doel aankruisen: behaald, deels of niet, met een toelichting. Leeg in een eerste OPP
    (dan vult de evaluatie hem op papier); ingevuld zodra de evaluatie per doel gehouden is."""
    aantal = max(1, len(beoordeeld))
    oordelen = feiten.per_doel("doel_oordeel") if feiten else {}
    bewijs = feiten.per_doel("doel_bewijs") if feiten else {}
    werkte = feiten.per_doel("doel_werkte") if feiten else {}
    besluiten = feiten.per_doel("doel_besluit") if feiten else {}
    herschreven = feiten.per_doel("doel_herschreven") if feiten else {}
    rijen = []
    for n in range(1, aantal + 1):
        oordeel = oordelen.get(n)
        vakjes = tuple(("X" if oordeel == o else LEEG) if oordeel else VAKJE
                       for o in ("behaald", "deels", "niet"))
        hielp = str(werkte.get(n, "")).strip()
        besluit = str(besluiten.get(n, ""))
        nieuw = str(herschreven.get(n, "")).strip() if besluit == "bijstellen" else ""
        toelichting = " ".join(t for t in (
            _zin(str(bewijs.get(n, ""))), _zin(f"Wat werkte en wat niet: {hielp}") if hielp else "",
            _BESLUITTEKST.get(besluit, ""), _zin(f"Nieuw doel: {nieuw}") if nieuw else "",
        ) if t)
        rijen.append((f"Doel {n}", *vakjes, toelichting))
    return Tabel("evaluatie", EVALUATIE_KOLOMMEN, tuple(rijen))


def _cellen(oordeel: Doeloordeel) -> tuple[str, str, str]:
    """Criterium, termijn en meting zoals de doelcheck ze in het doel vond, anders open."""
    criterium, termijn = (_gevonden(oordeel, element) for element in ("criterium", "termijn"))
    meting = _gevonden(oordeel, "meetinstrument")
    if meting == nog_invullen("meetinstrument"):
        # Een instrument dat de doelcheck alleen voorstelt, staat er als open plek met hint.
        meting = nog_invullen(
            f"meting, bijvoorbeeld {oordeel.meetinstrument}" if oordeel.meetinstrument
            else "meting"
        )
    return criterium, termijn, meting


def _gevonden(oordeel: Doeloordeel, element: str) -> str:
    woorden = dict.fromkeys(v.woorden.strip(" ,.") for v in oordeel.gevonden(element))
    return ", ".join(w for w in woorden if w) or nog_invullen(element)
