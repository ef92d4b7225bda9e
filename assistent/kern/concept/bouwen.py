"""Van gesprek naar document: het ene beginpunt voor het OPP, het kinddeel en de agenda."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistent.kern.concept.afweging import is_basisaanpak
from assistent.kern.concept.agenda import bouw_agenda
from assistent.kern.concept.feiten import verzamel_feiten
from assistent.kern.concept.kinddeel import bouw_kinddeel
from assistent.kern.concept.model import DOCUMENTEN, OppConcept
from assistent.kern.concept.notitie import bouw_notitie, zonder_opp
from assistent.kern.concept.opp import bouw_opp
from assistent.kern.concept.volledigheid import Controle, controleer
from assistent.kern.doelcheck import Doelchecker
from assistent.kern.doelcheck import controleer as doelcheck_standaard
from assistent.kern.school import SchoolFout, Schoolprofiel
from assistent.kern.school import laad as laad_school
from assistent.kern.sessie.gesprek import Gesprek


def schoolprofiel(bron: Schoolprofiel | Path | None = None) -> Schoolprofiel:
    """Het gegeven profiel, of dat uit de sessiemap (`bron` is dan die map, of None voor de
    standaardmap). Een kapot profiel houdt geen document tegen: dan staan er open plekken
    (`opp-assistent school` meldt wat er mis is)."""
    if isinstance(bron, Schoolprofiel):
        return bron
    try:
        return laad_school(bron)
    except SchoolFout:
        return Schoolprofiel()


def bouw_concept(
    gesprek: Gesprek,
    document: str = "opp",
    *,
    vandaag: date | None = None,
    doelcheck: Doelchecker = doelcheck_standaard,
    school: Schoolprofiel | None = None,
) -> OppConcept:
    """Bouwt het concept van één document ("opp", "kinddeel" of "agenda"). Is het advies van de
    afweging basisaanpak, dan is het document "opp" de notitie voor het groepsplan."""
    feiten = verzamel_feiten(gesprek)
    dag = vandaag or date.today()
    if document not in DOCUMENTEN:
        raise ValueError(f"Onbekend document '{document}'. Kies uit: {', '.join(DOCUMENTEN)}.")
    profiel = schoolprofiel(school)
    basisaanpak = is_basisaanpak(feiten)
    if basisaanpak and document != "opp":
        return zonder_opp(document, feiten, dag)
    if document == "kinddeel":
        return bouw_kinddeel(feiten, dag, profiel)
    if basisaanpak:
        opp = bouw_notitie(feiten, dag, profiel)
    else:
        opp = bouw_opp(feiten, dag, doelcheck, profiel)
    if document == "agenda":
        return bouw_agenda(feiten, dag, controleer(opp), profiel)
    return opp


def controles(
    gesprek: Gesprek, *, vandaag: date | None = None, doelcheck: Doelchecker = doelcheck_standaard,
    school: Schoolprofiel | None = None,
) -> list[Controle]:
    """De volledigheidscheck van het OPP van dit gesprek."""
    return controleer(
        bouw_concept(gesprek, "opp", vandaag=vandaag, doelcheck=doelcheck, school=school)
    )
