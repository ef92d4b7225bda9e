"""De cyclus in het OPP: de versiekop, een korte evaluatie van de vorige versie en per doel
een tabel met metingen (de eerste is de nulmeting)."""

from __future__ import annotations

from collections.abc import Sequence

from assistent.kern.concept.feiten import vormen
from assistent.kern.concept.model import Alinea, Blok, Feiten, Sectie, Tabel
from assistent.kern.cyclus.criterium import gehaald
from assistent.kern.vragenlijst.waarden import datumtekst

METING_KOLOMMEN = ("Datum", "Meting", "Criterium gehaald")
VORIGE_KOLOMMEN = ("Doel", "Laatste meting", "Oordeel", "Besluit")
_GEHAALD = {True: "ja", False: "nog niet", None: "niet te rekenen"}


def versiekop(feiten: Feiten) -> str | None:
    """'Versie 2, bijgesteld op 10 januari 2027'; None bij een eerste versie."""
    stand = feiten.cyclus
    if stand.versie <= 1:
        return None
    dag = f" op {datumtekst(stand.versie_datum)}" if stand.versie_datum else ""
    return f"Versie {stand.versie}, bijgesteld{dag}"


def metingen_blokken(doelen: Sequence[str], feiten: Feiten) -> list[Blok]:
    """Per doel met metingen een tabel; doelen zonder metingen noemt één zin."""
    blokken: list[Blok] = []
    zonder: list[str] = []
    for nummer, doel in enumerate(doelen, start=1):
        metingen = feiten.cyclus.metingen.get(str(nummer), ())
        if not metingen:
            zonder.append(str(nummer))
            continue
        if not blokken:
            blokken.append(Alinea("De eerste meting bij een doel is de nulmeting.", "afgeleid"))
        # Alleen het nummer: een zin die bij elk doel terugkomt, valt als herhaling weg
        # (`zonder_herhaling`), en dan stond een tabel zonder doel erboven.
        blokken.append(Alinea(f"Doel {nummer}", "afgeleid"))
        blokken.append(Tabel(f"metingen_{nummer}", METING_KOLOMMEN, tuple(
            (m.datum.strftime("%d-%m-%Y"), m.waarde, _GEHAALD[gehaald(doel, m.waarde)])
            for m in metingen
        )))
    if zonder and blokken:
        blokken.append(Alinea(f"Nog geen metingen bij doel {', '.join(zonder)}.", "afgeleid"))
    return blokken


def metingen_sectie(doelen: Sequence[str], feiten: Feiten) -> list[Sectie]:
    blokken = metingen_blokken(doelen, feiten)
    return [Sectie("metingen", "Metingen", tuple(blokken), 2)] if blokken else []


def vorige_sectie(feiten: Feiten) -> list[Sectie]:
    """Een korte evaluatie van de vorige versie: wat er veranderde en waarom, wat kind en ouders
    ervan vonden, en per doel van toen de laatste meting, het oordeel en het besluit."""
    stand = feiten.cyclus
    vorige = stand.vorige
    if vorige is None:
        return []
    blokken: list[Blok] = []
    if stand.wijziging:
        blokken.append(Alinea(f"Wat er veranderde: {stand.wijziging}", "antwoord"))
    if stand.reden:
        blokken.append(Alinea(f"Waarom: {stand.reden}", "antwoord"))
    naam = vormen(feiten)["naam"]
    wie = {"kind_terugblik": f"Wat {naam} ervan vond",
           "ouders_terugblik": "Wat ouders ervan vonden"}
    for rol, label in wie.items():
        if vorige.terugblik.get(rol):
            blokken.append(Alinea(f"{label}: {vorige.terugblik[rol]}", "antwoord"))
    rijen = []
    for nummer, doel in enumerate(vorige.doelen, start=1):
        sleutel = str(nummer)
        metingen = vorige.metingen.get(sleutel, [])
        laatste = f"{metingen[-1].waarde} ({metingen[-1].datum:%d-%m-%Y})" if metingen else "-"
        rijen.append((f"{nummer}. {doel}", laatste, vorige.oordelen.get(sleutel, "-"),
                      vorige.besluiten.get(sleutel, "-")))
    if rijen:
        blokken.append(Tabel("vorige_versie", VORIGE_KOLOMMEN, tuple(rijen)))
    titel = f"Evaluatie van versie {vorige.versie}"
    return [Sectie("vorige_versie", titel, tuple(blokken), 2)] if blokken else []
