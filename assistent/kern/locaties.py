"""Alle bestandslocaties op één plek, als functies: er wordt niets aangemaakt bij het importeren.

Tests en gebruikers sturen de sessiemap met `--map` of `OPP_ASSISTENT_MAP`; de ingebouwde
vragenlijsten en voorbeeldzinnen worden gevonden vanuit een checkout, een bewerkbare
installatie en een geïnstalleerd wheel. Alles van de gebruiker staat onder de sessiemap:

    <sessiemap>/                 sessies (*.toml), zie `gebruikersmap`
    <sessiemap>/export/          gemaakte documenten (`exportmap`)
    <sessiemap>/.cache/          de gecontroleerde catalogus (`cachemap`)
    <sessiemap>/vragenlijsten/   eigen vragenlijsten van de school
    <sessiemap>/voorbeeldzinnen/ eigen voorbeeldzinnen van de school
    <sessiemap>/doelwoorden.toml aanvullende woordenlijsten voor de doelcheck
    <sessiemap>/sjablonen/       Word-sjablonen van de school (`schoolsjablonenmap`)
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "opp-assistent"
OMGEVING_MAP = "OPP_ASSISTENT_MAP"

_PAKKET = Path(__file__).resolve().parent.parent


def datamap(naam: str) -> Path:
    """De map met ingebouwde gegevens (`vragenlijsten` of `voorbeeldzinnen`).

    In een wheel staan ze onder `assistent/_data/`; in een checkout of bewerkbare installatie
    naast het pakket, in de projectmap.
    """
    geinstalleerd = _PAKKET / "_data" / naam
    if geinstalleerd.is_dir():
        return geinstalleerd
    return _PAKKET.parent / naam


def documentsjablonenmap() -> Path:
    """De Jinja2-sjablonen van de Markdown-documenten (in het pakket zelf)."""
    return _PAKKET / "kern" / "export" / "sjablonen"


def vragenlijstenmap() -> Path:
    return datamap("vragenlijsten")


def voorbeeldzinnenmap() -> Path:
    return datamap("voorbeeldzinnen")


def gebruikersmap(override: str | os.PathLike[str] | None = None) -> Path:
    """De map met sessies: `--map`, anders `OPP_ASSISTENT_MAP`, anders de gebruikersdatamap."""
    if override:
        return Path(override).expanduser()
    uit_omgeving = os.environ.get(OMGEVING_MAP)
    if uit_omgeving:
        return Path(uit_omgeving).expanduser()
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def exportmap(basis: Path) -> Path:
    """Waar documenten standaard komen (de gebruiker kan bij elke export een ander pad kiezen)."""
    return basis / "export"


def cachemap(basis: Path) -> Path:
    """De cache van de gecontroleerde vragenlijsten; veilig om weg te gooien."""
    return basis / ".cache"


def eigen_vragenlijstenmap(basis: Path) -> Path:
    """Eigen vragenlijsten van de school staan in de sessiemap onder `vragenlijsten/`."""
    return basis / "vragenlijsten"


def eigen_voorbeeldzinnenmap(basis: Path) -> Path:
    return basis / "voorbeeldzinnen"


def instellingenmap(basis: Path) -> Path:
    """Instellingen die voor elke leerling gelden, zoals het schoolprofiel."""
    return basis / "instellingen"


def schoolprofiel(basis: Path) -> Path:
    """School, intern begeleider, directeur …: één keer ingevuld, niet per leerling."""
    return instellingenmap(basis) / "school.toml"


def eigen_doelwoorden(basis: Path) -> Path:
    """Een school kan de woordenlijsten van de doelcheck aanvullen met dit bestand."""
    return basis / "doelwoorden.toml"


def schoolsjablonenmap(basis: Path) -> Path:
    """Word-sjablonen van de school (het OPP-format van het samenwerkingsverband)."""
    return basis / "sjablonen"
