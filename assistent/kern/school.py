"""Het schoolprofiel: wat over de school gaat en niet over het kind, één keer ingevuld.

School, intern begeleider, directeur, bestuur en samenwerkingsverband zijn voor elke leerling
hetzelfde. Ze staan in `instellingen/school.toml` in de sessiemap (zie `locaties.schoolprofiel`),
niet in een sessie, en worden dus niet per leerling opnieuw gevraagd. Het schooljaar rekent de
assistent uit (het loopt van 1 augustus tot 31 juli), tenzij het profiel het zelf noemt.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from pathlib import Path

from assistent.kern import locaties
from assistent.kern.bestanden import maak_map, schrijf_atomair, toml_fout

# Veld, zoals het in het document heet, en de uitleg bij het invullen.
VELDEN: dict[str, tuple[str, str]] = {
    "school": ("School", "de naam van de school, eventueel met de plaats"),
    "intern_begeleider": ("Intern begeleider", "de naam van de intern begeleider"),
    "directeur": ("Directeur", "de directeur, die het OPP vaststelt namens het bevoegd gezag"),
    "bestuur": ("Bevoegd gezag", "het schoolbestuur"),
    "samenwerkingsverband": ("Samenwerkingsverband", "het samenwerkingsverband passend onderwijs"),
    "schooljaar": ("Schooljaar", "leeg laten: de assistent rekent het uit, zoals 2026-2027"),
}


class SchoolFout(ValueError):
    """Een schoolprofiel dat niet te lezen of te schrijven is; de tekst is voor de gebruiker."""


@dataclass(frozen=True)
class Schoolprofiel:
    school: str = ""
    intern_begeleider: str = ""
    directeur: str = ""
    bestuur: str = ""
    samenwerkingsverband: str = ""
    schooljaar: str = ""

    @property
    def leeg(self) -> bool:
        return not any(getattr(self, v.name) for v in fields(self))

    def waarde(self, veld: str) -> str:
        return str(getattr(self, veld))

    def jaar(self, dag: date) -> str:
        """Het schooljaar van het profiel, of dat van de dag: vanaf 1 augustus het nieuwe."""
        if self.schooljaar:
            return self.schooljaar
        begin = dag.year if dag.month >= 8 else dag.year - 1
        return f"{begin}-{begin + 1}"

    def met(self, **waarden: str) -> Schoolprofiel:
        onbekend = [v for v in waarden if v not in VELDEN]
        if onbekend:
            raise SchoolFout(f"Onbekend veld '{onbekend[0]}'. Kies uit: {', '.join(VELDEN)}.")
        return replace(self, **{k: v.strip() for k, v in waarden.items()})


def pad(basis: Path | None = None) -> Path:
    return locaties.schoolprofiel(locaties.gebruikersmap(basis))


def laad(basis: Path | None = None) -> Schoolprofiel:
    """Het profiel uit de sessiemap; zonder bestand een leeg profiel (de documenten tonen dan
    open plekken). Een kapot bestand geeft een `SchoolFout` met de regel."""
    bestand = pad(basis)
    try:
        tekst = bestand.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Schoolprofiel()
    except OSError as fout:
        raise SchoolFout(f"{bestand}: niet te lezen ({fout.strerror}).") from None
    try:
        gegevens = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        melding, regel = toml_fout(fout, tekst)
        waar = f", regel {regel}" if regel else ""
        raise SchoolFout(f"{bestand}{waar}: {melding}.") from None
    onbekend = [k for k in gegevens if k not in VELDEN]
    if onbekend:
        raise SchoolFout(f"{bestand}: onbekend veld '{onbekend[0]}'. Kies uit: "
                         f"{', '.join(VELDEN)}.")
    fout_type = [k for k, v in gegevens.items() if not isinstance(v, str)]
    if fout_type:
        raise SchoolFout(f"{bestand}: veld '{fout_type[0]}' moet tekst zijn (tussen "
                         "aanhalingstekens).")
    return Schoolprofiel(**gegevens)


def bewaar(profiel: Schoolprofiel, basis: Path | None = None) -> Path:
    """Schrijft het profiel atomair weg; lege velden laten we weg."""
    import tomli_w  # pas laden als er iets te schrijven is

    bestand = pad(basis)
    inhoud = "# Het schoolprofiel van de OPP-assistent (opp-assistent school).\n" + tomli_w.dumps(
        {k: v for k, v in asdict(profiel).items() if v}
    )
    try:
        maak_map(bestand.parent)
        schrijf_atomair(bestand, inhoud.encode("utf-8"))
    except OSError as fout:
        raise SchoolFout(f"Kan niet schrijven naar {bestand} ({fout.strerror}).") from None
    return bestand
