"""Van gesprek naar document: het ene beginpunt voor het OPP, het kinddeel en de agenda."""

from __future__ import annotations

from datetime import date

from assistent.kern.concept.agenda import bouw_agenda
from assistent.kern.concept.feiten import verzamel_feiten
from assistent.kern.concept.kinddeel import bouw_kinddeel
from assistent.kern.concept.model import DOCUMENTEN, OppConcept
from assistent.kern.concept.opp import bouw_opp
from assistent.kern.concept.volledigheid import Controle, controleer
from assistent.kern.doelcheck import Doelchecker
from assistent.kern.doelcheck import controleer as doelcheck_standaard
from assistent.kern.sessie.gesprek import Gesprek


def bouw_concept(
    gesprek: Gesprek,
    document: str = "opp",
    *,
    vandaag: date | None = None,
    doelcheck: Doelchecker = doelcheck_standaard,
) -> OppConcept:
    """Bouwt het concept van één document ("opp", "kinddeel" of "agenda")."""
    feiten = verzamel_feiten(gesprek)
    dag = vandaag or date.today()
    if document == "opp":
        return bouw_opp(feiten, dag, doelcheck)
    if document == "kinddeel":
        return bouw_kinddeel(feiten, dag)
    if document == "agenda":
        return bouw_agenda(feiten, dag, controleer(bouw_opp(feiten, dag, doelcheck)))
    raise ValueError(f"Onbekend document '{document}'. Kies uit: {', '.join(DOCUMENTEN)}.")


def controles(
    gesprek: Gesprek, *, vandaag: date | None = None, doelcheck: Doelchecker = doelcheck_standaard
) -> list[Controle]:
    """De volledigheidscheck van het OPP van dit gesprek."""
    return controleer(bouw_concept(gesprek, "opp", vandaag=vandaag, doelcheck=doelcheck))
