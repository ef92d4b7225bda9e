"""Advies basisaanpak of OPP, met de redenen erbij.

De regels volgen de praktijk van samenwerkingsverbanden: extra geld, een eigen leerlijn, een
verwijzing of minder onderwijstijd maken het extra ondersteuning; wat meer kinderen helpt hoort
in de basisaanpak; één leerling en langdurig wijst op een OPP als de basis al is geprobeerd.
Het is een advies: wat basisondersteuning is, legt elk samenwerkingsverband zelf vast.

De regels lezen antwoorden per rol (`aantal_leerlingen`, `langdurig`, …), niet per vraag-id:
`advies_van` zoekt ze in een gesprek op, zodat een eigen vragenlijst ze anders mag noemen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

Uitkomst = Literal["opp", "basisaanpak", "twijfel"]

# Elk van deze antwoorden (per rol) maakt de ondersteuning 'extra': dan is een OPP nodig.
ZWARE_SIGNALEN: tuple[tuple[str, str], ...] = (
    ("ondersteuningsbudget",
     "De ondersteuning wordt betaald uit het ondersteuningsbudget of is een arrangement van "
     "het samenwerkingsverband. Dat is extra ondersteuning, en daar hoort een OPP bij."),
    ("eigen_leerlijn",
     "De leerling volgt een eigen leerlijn (of leerroute 2 of 3) of wijkt op een andere manier "
     "af van het programma van de groep. Dat vraagt een OPP."),
    ("verwijzing",
     "Er komt een aanmelding voor SBO, SO of VSO of een aanvraag voor een "
     "toelaatbaarheidsverklaring. Daarvoor is een OPP nodig."),
    ("onderwijstijd",
     "De leerling krijgt minder onderwijstijd dan de groep. Dat is een afwijking van het "
     "programma die in een OPP hoort."),
)

# De rollen die het advies leest; de motor rekent het advies opnieuw uit als een ervan verandert.
ROLLEN = frozenset({"aantal_leerlingen", "langdurig", "basis_geprobeerd",
                    *(rol for rol, _ in ZWARE_SIGNALEN)})

# Wat er na het advies gebeurt: de volgende stap in het gesprek, in gewone taal.
VOLGENDE_STAP: dict[str, str] = {
    "opp": "Ga verder met het OPP. De zes weken tot de vaststelling lopen vanaf de start van de "
           "extra ondersteuning.",
    "twijfel": "Probeer eerst een planperiode gerichte hulp binnen de basisondersteuning, "
               "bijvoorbeeld verlengde instructie of een aanpak uit de groepsbespreking, en "
               "evalueer die. Bespreek de leerling in de leerlingbespreking. Het OPP hieronder "
               "kun je intussen als concept voorbereiden.",
    "basisaanpak": "Een OPP is niet nodig. Leg in een korte notitie vast wat er in het "
                   "groepsplan komt; daarmee is het gesprek klaar.",
}

NAMEN: dict[str, str] = {
    "langdurig": "langer dan een planperiode",
    "basis_geprobeerd": "geprobeerd binnen de basisondersteuning",
    "ondersteuningsbudget": "ondersteuningsbudget of arrangement",
    "eigen_leerlijn": "eigen leerlijn of afwijkend programma",
    "verwijzing": "aanmelding SBO/SO/VSO of TLV",
    "onderwijstijd": "minder onderwijstijd",
}

_REGIO = (
    "Wat tot de basisondersteuning hoort, legt elk samenwerkingsverband zelf vast in het "
    "ondersteuningsplan en het ondersteuningsprofiel van de school. Leg dit advies daarnaast, "
    "en overleg bij twijfel met de consulent van het samenwerkingsverband."
)


@dataclass(frozen=True)
class Advies:
    uitkomst: Uitkomst
    redenen: tuple[str, ...]

    @property
    def volgende_stap(self) -> str:
        return VOLGENDE_STAP[self.uitkomst]

    def als_dict(self) -> dict[str, object]:
        return {"uitkomst": self.uitkomst, "redenen": list(self.redenen),
                "volgende_stap": self.volgende_stap}


def _janee(antwoorden: Mapping[str, object], rol: str) -> bool | None:
    """Ja, nee of None (niet beantwoord). Ook 'ja'/'nee' als tekst, zoals de CLI het doorgeeft."""
    waarde = antwoorden.get(rol)
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, str) and waarde.strip().lower() in ("ja", "nee"):
        return waarde.strip().lower() == "ja"
    return None


class _Gesprek(Protocol):
    """Wat de afweging van een gesprek nodig heeft (de motor importeert dit module, niet
    andersom: zo blijft er geen importkring)."""

    def per_rol(self) -> Mapping[str, object]: ...

    def advies(self) -> Advies | None: ...


def per_rol(gesprek: _Gesprek) -> dict[str, object]:
    """De geldende antwoorden van de zichtbare vragen met een rol, per rol."""
    return dict(gesprek.per_rol())


def advies_van(gesprek: _Gesprek) -> Advies | None:
    """Het advies bij de antwoorden van dit gesprek, gelezen per rol."""
    return gesprek.advies()


def advies(antwoorden: Mapping[str, object]) -> Advies | None:
    """Het advies bij antwoorden per rol, of None zolang niet bekend is om hoeveel leerlingen
    het gaat.

    Een onbeantwoorde ja/nee-vraag telt als 'nee'; een reden zegt dat, maar alleen voor de
    vragen die de uitkomst hadden kunnen veranderen.
    """
    aantal = antwoorden.get("aantal_leerlingen")
    if aantal not in ("een", "enkele", "groep"):
        return None
    redenen: list[str] = []
    open_vragen: list[str] = []

    def ja(rol: str) -> bool:
        waarde = _janee(antwoorden, rol)
        if waarde is None:
            open_vragen.append(rol)
        return waarde is True

    zwaar = [tekst for rol, tekst in ZWARE_SIGNALEN if ja(rol)]
    uitkomst: Uitkomst
    if zwaar:
        uitkomst = "opp"
        redenen.extend(zwaar)
        open_vragen.clear()  # er is al een OPP nodig; de open vragen doen er niet meer toe
    elif aantal != "een":
        uitkomst = "basisaanpak"
        redenen.append(
            "Meer kinderen hebben baat bij deze aanpak. Wat meerdere leerlingen helpt, hoort in "
            "de aanpak van de groep, niet in een OPP voor één kind."
        )
    elif not ja("langdurig"):
        uitkomst = "basisaanpak"
        redenen.append(
            "Het gaat om één leerling, maar naar verwachting voor korte tijd (binnen een "
            "planperiode van ongeveer drie maanden). Kortdurende extra hulp past in de basisaanpak."
        )
    elif ja("basis_geprobeerd"):
        uitkomst = "opp"
        redenen.append(
            "Het gaat om één leerling, de ondersteuning duurt naar verwachting langer dan een "
            "planperiode, en wat binnen de basisondersteuning kan is geprobeerd en geëvalueerd. "
            "Dat wijst op extra ondersteuning: stel een OPP op."
        )
    else:
        uitkomst = "twijfel"
        redenen.append(
            "Het gaat om één leerling en het duurt waarschijnlijk langer, maar wat binnen de "
            "basisondersteuning kan is nog niet (aantoonbaar) geprobeerd en geëvalueerd. Doe dat "
            "eerst een planperiode, en bespreek de leerling in de leerlingbespreking."
        )
    if open_vragen:
        lijst = ", ".join(NAMEN[v] for v in open_vragen)
        redenen.append(f"Niet beantwoord, en daarom als 'nee' geteld: {lijst}.")
    redenen.append(_REGIO)
    return Advies(uitkomst, tuple(redenen))
