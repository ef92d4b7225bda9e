"""Hoe lang duurt een volledig OPP-gesprek? Vragen, aandeel kiezen en geschatte minuten.

Loopt elke combinatie kern + één thema + stem van het kind zonder scherm door, en beantwoordt
alleen wat de motor vraagt (met de antwoorden van de demo, anders een voorstel, anders een
gewone waarde per soort vraag). Naam, groep en voornaamwoord staan al in de sessie, zoals na
het startscherm (dat vraagt ze alle drie).

    .venv/bin/python benchmarks/gesprek.py [--details]

Het tijdmodel per soort vraag (seconden): keuze 8, janee 6, meerkeuze 25, getal 8, datum 12,
tekst 30, lang 90, doel 90, lijst 150. Een vraag die al ingevuld klaarstaat (een voorstel of
een standaardwaarde) of minstens drie passende voorbeeldzinnen aanbiedt, telt half.

"Kiezen" is een vraag die je zonder typen beantwoordt: keuze, meerkeuze, janee, vooraf
ingevuld, of met minstens drie passende voorbeeldzinnen. Een voorbeeldzin past als de vraag
hem zelf noemt, of als hij het thema `algemeen` of een van de vragenlijsten van de sessie
draagt; de zinnen komen uit dezelfde functie als de chat en `invullen --json`
(`werkruimte.voorbeeldzinnen_bij`, met de thema's van de sessie voorop), en tellen alleen bij
vragen waar je tekst schrijft (tekst, lang, doel, lijst).

Doelen (issue "One conversation"): hooguit 36 vragen, minstens 60% kiezen, hooguit 20 minuten.
Alleen cijfers, geen beweringen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistent.kern import demo  # noqa: E402
from assistent.kern.sessie.gesprek import Gesprek, Stap  # noqa: E402
from assistent.kern.werkruimte import Werkruimte, voorbeeldzinnen_bij  # noqa: E402

SECONDEN = {
    "keuze": 8, "janee": 6, "meerkeuze": 25, "getal": 8, "datum": 12, "tekst": 30, "lang": 90,
    "doel": 90, "lijst": 150,
}
KIEZEN = ("keuze", "meerkeuze", "janee")
# Alleen bij deze soorten toont de chat voorbeeldzinnen; bij een datum of keuze helpen ze niet.
MET_ZINNEN = ("tekst", "lang", "doel", "lijst")
COMBINATIES = (("opp", "gedrag", "stem_kind"), ("opp", "rekenen", "stem_kind"),
               ("opp", "mbhb", "stem_kind"))
DOEL_VRAGEN, DOEL_KIEZEN, DOEL_MINUTEN = 36, 0.60, 20.0


@dataclass(frozen=True)
class Beurt:
    """Eén gestelde vraag, met wat de gebruiker erbij aangeboden krijgt."""

    vraag_id: str
    soort: str
    vooraf: bool
    passende_zinnen: int

    @property
    def kiezen(self) -> bool:
        return self.soort in KIEZEN or self.vooraf or self.passende_zinnen >= 3

    @property
    def seconden(self) -> float:
        tijd = float(SECONDEN[self.soort])
        return tijd / 2 if (self.vooraf or self.passende_zinnen >= 3) else tijd


def passende_zinnen(werkruimte: Werkruimte, gesprek: Gesprek, stap: Stap) -> int:
    if stap.vraag.soort not in MET_ZINNEN:
        return 0
    themas = {"algemeen", *gesprek.sessie.vragenlijsten}
    genoemd = set(stap.vraag.voorbeeldzinnen) | {
        o.voorbeeldzin for o in stap.vraag.opties if o.voorbeeldzin
    }
    aangeboden = voorbeeldzinnen_bij(werkruimte.catalogus, gesprek, stap)
    return sum(
        1 for s in aangeboden
        if s.id in genoemd or themas & set(werkruimte.catalogus.voorbeeldzinnen[s.id].themas)
    )


def loop_door(werkruimte: Werkruimte, lijsten: tuple[str, ...], vandaag: date) -> list[Beurt]:
    gesprek, _ = werkruimte.nieuw(demo.NAAM, list(lijsten), demo.GROEP,
                                  {"voornaamwoord": demo.PER_ROL["voornaamwoord"]})
    return beantwoord_alles(werkruimte, gesprek, vandaag)


def beantwoord_alles(
    werkruimte: Werkruimte, gesprek: Gesprek, vandaag: date, vast: dict[str, str] | None = None
) -> list[Beurt]:
    """Beantwoordt wat de motor vraagt tot het eind; `vast` kiest een optie per vraag-id."""
    beurten: list[Beurt] = []
    for _ in range(500):  # een harde grens, zoals in de demo
        stap = gesprek.volgende()
        if stap is None:
            break
        vraag = stap.vraag
        vooraf = gesprek.voorstel(vraag) is not None or vraag.standaard is not None
        beurten.append(Beurt(vraag.id, vraag.soort, vooraf,
                             passende_zinnen(werkruimte, gesprek, stap)))
        kandidaten = [(vast or {})[vraag.id]] if vraag.id in (vast or {}) else []
        kandidaten += list(demo.kandidaten(gesprek, vraag, vandaag))
        if not any(gesprek.beantwoord(vraag.id, w).bewaard for w in kandidaten):
            if not gesprek.sla_over(vraag.id).bewaard:
                break
    return beurten


# De evaluatie van de demo (twee doelen): jaarlijks en tussentijds, één doel bijgesteld.
EVALUATIES = {
    "jaarlijks": {"evaluatie_soort": "jaarlijks", "evaluatie_besluit_doel__doel2": "bijstellen"},
    "tussentijds": {"evaluatie_soort": "tussentijds",
                    "evaluatie_besluit_doel__doel2": "bijstellen"},
}


def evaluatie(werkruimte: Werkruimte, soort: str, vandaag: date) -> list[Beurt]:
    gesprek, _ = demo.maak_demo(werkruimte)
    werkruimte.begin_evaluatie(gesprek)
    return beantwoord_alles(werkruimte, gesprek, vandaag, EVALUATIES[soort])


def _regel(naam: str, beurten: list[Beurt], doel_vragen: int | None) -> None:
    aantal = len(beurten)
    kiezen = sum(b.kiezen for b in beurten) / aantal if aantal else 0.0
    minuten = sum(b.seconden for b in beurten) / 60
    gehaald = [doel_vragen is None or aantal <= doel_vragen, kiezen >= DOEL_KIEZEN,
               minuten <= DOEL_MINUTEN]
    teken = " ".join("ja " if g else "NEE" for g in gehaald)
    print(f"{naam:<28} {aantal:>6} {kiezen:>7.0%} {minuten:>8.1f}   {teken}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="elke gestelde vraag tonen")
    args = parser.parse_args()
    vandaag = date.today()
    with tempfile.TemporaryDirectory() as map_:
        werkruimte = Werkruimte.laad(map_)
        print(f"{'combinatie':<28} {'vragen':>6} {'kiezen':>7} {'minuten':>8}   doelen gehaald")
        rondes = [(" + ".join(lijsten), loop_door(werkruimte, lijsten, vandaag), DOEL_VRAGEN)
                  for lijsten in COMBINATIES]
        # Een evaluatie is een eigen zitting: geen vragenbudget, wel de 20 minuten.
        rondes += [(f"evaluatie {soort}, 2 doelen", evaluatie(werkruimte, soort, vandaag), None)
                   for soort in EVALUATIES]
        for naam, beurten, doel_vragen in rondes:
            _regel(naam, beurten, doel_vragen)
            if args.details:
                for nummer, b in enumerate(beurten, 1):
                    print(f"    {nummer:>2}. {b.vraag_id:<30} {b.soort:<9} "
                          f"{'vooraf ' if b.vooraf else '':7}{b.passende_zinnen} zinnen  "
                          f"{'kiezen' if b.kiezen else 'typen ':6} {b.seconden:>5.0f} s")
        print(f"doelen: hooguit {DOEL_VRAGEN} vragen (OPP), minstens {DOEL_KIEZEN:.0%} kiezen, "
              f"hooguit {DOEL_MINUTEN:.0f} minuten")


if __name__ == "__main__":
    main()
