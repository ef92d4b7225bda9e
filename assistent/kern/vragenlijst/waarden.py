"""Antwoorden lezen en controleren per soort vraag.

Harde fouten (verkeerd type, onbekende optie) weigeren een antwoord; zachte waarschuwingen
(zoals een doel dat niet meetbaar is) mogen met een reden worden geaccepteerd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from assistent.kern.tekens import zonder_stuurtekens
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag


class WaardeFout(ValueError):
    """Een antwoord dat niet past bij de vraag; de tekst is voor de gebruiker bedoeld."""


@dataclass(frozen=True)
class Melding:
    vraag: str
    soort: Literal["fout", "waarschuwing"]
    tekst: str

    def als_dict(self) -> dict[str, str]:
        return {"vraag": self.vraag, "soort": self.soort, "tekst": self.tekst}


MAANDEN = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_JA = {"ja", "j", "yes", "true", "waar", "klopt"}
_NEE = {"nee", "n", "no", "false", "onwaar"}
_DATUM_NL = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_DATUM_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATUM_WOORD = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")

MAX_TEKST = 5000


def lees_datum(tekst: str) -> date:
    """Leest 2027-03-01, 1-3-2027, 01/03/2027 en 1 maart 2027."""
    schoon = tekst.strip().lower()
    try:
        if m := _DATUM_ISO.match(schoon):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DATUM_NL.match(schoon):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if (m := _DATUM_WOORD.match(schoon)) and m[2] in MAANDEN:
            return date(int(m[3]), MAANDEN[m[2]], int(m[1]))
    except ValueError:
        raise WaardeFout(f"'{tekst}' is geen bestaande datum.") from None
    raise WaardeFout(
        f"'{tekst}' lees ik niet als datum. Schrijf bijvoorbeeld 15-3-2027 of 15 maart 2027."
    )


def _als_tekst(vraag: Vraag, waarde: object) -> str:
    if isinstance(waarde, bool) or not isinstance(waarde, str | int | float):
        raise WaardeFout(f"Bij '{vraag.titel}' verwacht ik tekst.")
    # Stuurtekens (een escape-reeks, een verticale tab uit Word) horen niet in een antwoord:
    # op de terminal doen ze iets, en in een Word-bestand zijn ze ongeldig.
    tekst = zonder_stuurtekens(str(waarde)).strip()
    if len(tekst) > MAX_TEKST:
        raise WaardeFout(f"Dit antwoord is erg lang (meer dan {MAX_TEKST} tekens). Kort het in.")
    return tekst


def _als_keuze(vraag: Vraag, waarde: object) -> str:
    tekst = _als_tekst(vraag, waarde)
    gevonden = vraag.optie(tekst)
    if gevonden is None:
        # Ook het label of het nummer van de optie is goed: zo typt een mens het.
        for nummer, optie in enumerate(vraag.opties, start=1):
            if tekst.lower() in (optie.label.lower(), str(nummer)):
                gevonden = optie
                break
    if gevonden is None:
        mogelijk = ", ".join(o.waarde for o in vraag.opties)
        raise WaardeFout(f"'{tekst}' is geen keuze bij deze vraag. Kies uit: {mogelijk}.")
    return gevonden.waarde


def _als_lijst(waarde: object) -> list[object]:
    if isinstance(waarde, list | tuple):
        return list(waarde)
    if isinstance(waarde, str):
        return [deel for deel in (d.strip() for d in waarde.split(";")) if deel]
    return [waarde]


def _als_janee(vraag: Vraag, waarde: object) -> bool:
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, str) and waarde.strip().lower() in _JA | _NEE:
        return waarde.strip().lower() in _JA
    raise WaardeFout(f"Bij '{vraag.titel}' is het antwoord ja of nee.")


def _als_getal(vraag: Vraag, waarde: object) -> int | float:
    getal: int | float
    if isinstance(waarde, bool):
        raise WaardeFout("Hier hoort een getal.")
    if isinstance(waarde, int | float):
        getal = waarde
    elif isinstance(waarde, str):
        schoon = waarde.strip().replace(",", ".")
        try:
            getal = int(schoon)
        except ValueError:
            try:
                getal = float(schoon)
            except ValueError:
                raise WaardeFout(f"'{waarde}' is geen getal.") from None
    else:
        raise WaardeFout("Hier hoort een getal.")
    if getal != getal or getal in (float("inf"), float("-inf")):
        raise WaardeFout("Hier hoort een gewoon getal.")
    if vraag.geheel and isinstance(getal, float):
        if not getal.is_integer():
            raise WaardeFout(f"Hier hoort een geheel getal, zonder komma (niet {getal:g}).")
        getal = int(getal)
    if vraag.minimum is not None and getal < vraag.minimum:
        raise WaardeFout(f"Het getal is minstens {vraag.minimum:g}.")
    if vraag.maximum is not None and getal > vraag.maximum:
        raise WaardeFout(f"Het getal is hoogstens {vraag.maximum:g}.")
    return getal


def _als_datum(waarde: object) -> date:
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str):
        return lees_datum(waarde)
    raise WaardeFout("Hier hoort een datum, bijvoorbeeld 15-3-2027.")


def normaliseer(vraag: Vraag, waarde: object) -> Antwoordwaarde:
    """Zet een antwoord om naar de vorm die in de sessie komt, of geeft een `WaardeFout`."""
    if vraag.soort in ("tekst", "lang", "doel"):
        resultaat: Antwoordwaarde = _als_tekst(vraag, waarde)
        if not resultaat:
            raise WaardeFout("Het antwoord is leeg.")
        return resultaat
    if vraag.soort == "keuze":
        return _als_keuze(vraag, waarde)
    if vraag.soort == "meerkeuze":
        gekozen = [_als_keuze(vraag, deel) for deel in _als_lijst(waarde)]
        if not gekozen and vraag.verplicht:
            raise WaardeFout("Vink minstens één mogelijkheid aan.")
        return list(dict.fromkeys(gekozen))
    if vraag.soort == "lijst":
        items = [_als_tekst(vraag, deel) for deel in _als_lijst(waarde)]
        items = [item for item in items if item]
        if not items:
            raise WaardeFout("De lijst is leeg. Geef minstens één punt.")
        return items
    if vraag.soort == "janee":
        return _als_janee(vraag, waarde)
    if vraag.soort == "getal":
        return _als_getal(vraag, waarde)
    return _als_datum(waarde)


def waarschuwingen(vraag: Vraag, waarde: Antwoordwaarde) -> list[str]:
    """Zachte signalen bij een geldig antwoord die uit de vraag zelf volgen (niet de doelcheck:
    die kijkt het gesprek er los bij, zie `sessie.gesprek`)."""
    if vraag.soort == "datum" and isinstance(waarde, date):
        vandaag = date.today()
        if abs((waarde - vandaag).days) > 2 * 366:
            return [f"De datum {waarde:%d-%m-%Y} ligt meer dan twee jaar van vandaag af."]
    return []


def toon(vraag: Vraag, waarde: Antwoordwaarde) -> str:
    """Een antwoord zoals een mens het leest."""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, date):
        return datumtekst(waarde)
    if isinstance(waarde, list):
        if vraag.soort == "meerkeuze":
            return "; ".join(_label(vraag, w) for w in waarde)
        return "; ".join(waarde)
    if vraag.soort == "keuze" and isinstance(waarde, str):
        return _label(vraag, waarde)
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    return str(waarde)


def als_invoer(waarde: object) -> object:
    """Een bewaard antwoord in de vorm waarin je het weer intypt om het aan te passen."""
    if isinstance(waarde, date):
        return f"{waarde.day}-{waarde.month}-{waarde.year}"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return str(waarde)
    return waarde


def datumtekst(dag: date) -> str:
    """Een datum zoals een mens hem schrijft: 1 maart 2027."""
    return f"{dag.day} {_MAANDNAMEN[dag.month - 1]} {dag.year}"


def _label(vraag: Vraag, waarde: str) -> str:
    optie = vraag.optie(waarde)
    return optie.label if optie else waarde


_MAANDNAMEN = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)
