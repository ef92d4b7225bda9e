"""Van gesprek naar feiten, en van feiten naar alinea's: de bouwstenen van elk document.

Antwoorden landen via hun `sectie`; zo komt een nieuwe vragenlijst op de goede plek zonder code
per vragenlijst.
"""

from __future__ import annotations

from assistent.kern.concept.model import (
    OPEN_PLEK,
    Alinea,
    Blok,
    Feit,
    Feiten,
    Herkomst,
    heeft_inhoud,
    nog_invullen,
    uniforme_plekken,
)
from assistent.kern.concept.zinnen import begin, label_is_overbodig, met_voornaamwoord
from assistent.kern.cyclus.stand import cyclusstand
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.taal import VORMEN, voornaamwoorden
from assistent.kern.vragenlijst.modellen import SECTIES, Antwoordwaarde, Vraag
from assistent.kern.vragenlijst.waarden import toon


def verzamel_feiten(gesprek: Gesprek) -> Feiten:
    items = tuple(
        Feit(s.vraag, gesprek.geldig_antwoord(s.vraag), s.vragenlijst.id, s.doelnummer)
        for s in gesprek.zichtbaar()
    )
    return Feiten(items, dict(gesprek.sessie.aanvaard), cyclusstand(gesprek.sessie))


def herkomst_van(waarde: Antwoordwaarde) -> Herkomst:
    """Een tekst met open plekken komt uit een voorbeeldzin die nog persoonlijk moet worden."""
    teksten = waarde if isinstance(waarde, list) else [waarde]
    if any(isinstance(t, str) and OPEN_PLEK.search(t) for t in teksten):
        return "voorbeeldzin"
    return "antwoord"


def weergave(vraag: Vraag, waarde: Antwoordwaarde, vw: dict[str, str] | None = None) -> str:
    """Een antwoord zoals het op papier komt: labels met het juiste voornaamwoord en elke open
    plek in dezelfde vorm."""
    tekst = toon(vraag, waarde)
    return uniforme_plekken(met_voornaamwoord(tekst, vw) if vw else tekst)


def alinea_van(
    feit: Feit, sectietitel: str = "", vw: dict[str, str] | None = None
) -> Alinea | None:
    """Een antwoord als alinea; een lege of ontbrekende waarde geeft None.

    Het label (de kop van de vraag) valt weg als het niets toevoegt: als de sectietitel en het
    begin van het antwoord het al zeggen. Bij ja/nee en keuzes blijft het staan, want 'ja' of
    een los label zegt zonder vraag niets.
    """
    vraag, waarde = feit.vraag, feit.waarde
    if not heeft_inhoud(waarde) or waarde is None:
        return None
    kop = vraag.titel
    if isinstance(waarde, list) and len(waarde) > 1:
        punten = tuple(weergave(vraag, [w], vw) for w in waarde)
        if label_is_overbodig(kop, sectietitel):
            kop = ""
        return Alinea("", herkomst_van(waarde), kop, punten, vraag.id)
    tekst = weergave(vraag, waarde, vw)
    vrije_tekst = vraag.soort in ("tekst", "lang", "doel", "lijst")
    if vraag.soort == "keuze":
        tekst = _label_als_keuze(tekst)
        if label_is_overbodig(kop, sectietitel):
            # Een los optielabel is geen zin: 'Gekozen: OPP (het gaat om één leerling …)'.
            return Alinea(tekst, herkomst_van(waarde), "Gekozen", (), vraag.id)
    if label_is_overbodig(kop, sectietitel) or (
        vrije_tekst and label_is_overbodig(kop, sectietitel, begin(tekst))
    ):
        kop = ""
    return Alinea(tekst, herkomst_van(waarde), kop, (), vraag.id)


def _label_als_keuze(label: str) -> str:
    """'OPP: het gaat om één leerling' wordt 'OPP (het gaat om één leerling)'."""
    keuze, dubbelepunt, toelichting = label.partition(": ")
    return f"{keuze} ({toelichting})" if dubbelepunt and toelichting else label


def generieke_blokken(
    feiten: Feiten, secties: tuple[str, ...], titel: str, *, zonder: frozenset[str] = frozenset()
) -> list[Blok]:
    """De antwoorden van een of meer secties, met een open plek voor wat verplicht ontbreekt.

    `zonder` zijn rollen die elders in het document een eigen plek hebben, net als de antwoorden
    per doel. Een 'ja' waarop in
    dezelfde sectie een antwoord volgt ('Afwijkingen: ja', dan welke) zegt niets extra: de
    uitwerking staat eronder.
    """
    vw = vormen(feiten)
    blokken: list[Blok] = []
    open_: list[Alinea] = []
    # Wat per doel gevraagd is, staat per doel in de evaluatietabel (`tabellen.evaluatietabel`).
    feiten_ = [f for f in feiten.in_sectie(*secties)
               if f.vraag.rol not in zonder and f.doelnummer is None]
    for i, feit in enumerate(feiten_):
        if feit.waarde is True and any(heeft_inhoud(f.waarde) for f in feiten_[i + 1:]):
            continue
        alinea = alinea_van(feit, titel, vw)
        if alinea is not None:
            blokken.append(alinea)
        elif feit.vraag.verplicht:
            wat = feit.vraag.titel
            open_.append(Alinea(nog_invullen(wat.lower()), "ontbreekt", wat, (), feit.vraag.id))
    if not blokken:
        return [Alinea(nog_invullen(titel.lower()), "ontbreekt")]
    return blokken + open_


def sectietitel(sleutel: str) -> str:
    return SECTIES.get(sleutel, sleutel)


def vormen(feiten: Feiten) -> dict[str, str]:
    """Naam en voornaamwoorden voor afgeleide zinnen ('wat {hij} zelf doet'); 'bekend' zegt of
    er een voornaamwoord is gekozen (anders blijft 'zijn of haar' in een label staan)."""
    uit = voornaamwoorden({rol: feiten.rol(rol) for rol in ("naam", "voornaamwoord")})
    uit["bekend"] = "ja" if feiten.rol("voornaamwoord") in VORMEN else ""
    return uit
