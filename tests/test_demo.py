"""De demosessie: compleet, consistent rond vandaag en robuust als flows veranderen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from assistent.kern.concept.bouwen import controles
from assistent.kern.demo import maak_demo, vul
from assistent.kern.sessie import opslag
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.model import Sessie
from assistent.kern.vragenlijst.laden import laad_vragenlijst
from assistent.kern.werkruimte import Werkruimte

VANDAAG = date(2027, 2, 15)


def test_de_demo_is_compleet_en_doorstaat_de_volledigheidscheck(tmp_path: Path) -> None:
    werkruimte = Werkruimte.laad(tmp_path)
    gesprek, pad = maak_demo(werkruimte, VANDAAG)
    assert gesprek.volgende() is None and gesprek.ontbrekend() == []
    assert [m.tekst for m in gesprek.signalen()] == []
    # Twee punten laat de demo bewust zien: het overleg met ouders is pas over twee weken (dus
    # staat de instemming nog open), en het eigen doel van Milan (tafels van 6 en 7) wijkt af
    # van het rekendoel van de school (6, 7 en 8).
    niet_ok = {c.onderdeel for c in controles(gesprek) if not c.ok}
    assert niet_ok <= {"Instemming handelingsdeel", "Eigen doel van het kind"}
    assert opslag.lees(pad).antwoorden == gesprek.sessie.antwoorden
    for thema in ("gedrag", "rekenen", "stem_kind"):
        assert (thema in gesprek.sessie.vragenlijsten) == (
            thema in werkruimte.catalogus.vragenlijsten
        )


def test_de_data_van_de_demo_liggen_rond_vandaag(tmp_path: Path) -> None:
    gesprek, _ = maak_demo(Werkruimte.laad(tmp_path), VANDAAG)
    a = gesprek.sessie.antwoorden
    assert a["start_ondersteuning"] < VANDAAG < a["vaststelling"]  # type: ignore[operator]
    assert a["vaststelling"] - a["start_ondersteuning"] <= timedelta(weeks=6)  # type: ignore[operator]
    assert a["evaluatie_datum"] - a["vaststelling"] < timedelta(days=365)  # type: ignore[operator]


def test_de_demo_beantwoordt_ook_vragen_die_hij_niet_kent(tmp_path: Path) -> None:
    (tmp_path / "nieuw.toml").write_text("""
id = "nieuw"
titel = "Nieuw"
versie = 1
[[onderdelen]]
id = "een"
titel = "Een"
[[onderdelen.vragen]]
id = "onbekende_keuze"
soort = "keuze"
vraag = "Kies?"
opties = [{ waarde = "a", label = "A" }, { waarde = "b", label = "B" }]
[[onderdelen.vragen]]
id = "onbekend_getal"
soort = "getal"
vraag = "Hoeveel?"
minimum = 3
[[onderdelen.vragen]]
id = "onbekende_datum"
soort = "datum"
vraag = "Wanneer?"
[[onderdelen.vragen]]
id = "onbekend_doel"
soort = "doel"
vraag = "Doel?"
[[onderdelen.vragen]]
id = "onbekende_lijst"
soort = "lijst"
vraag = "Punten?"
""", encoding="utf-8")
    nu = datetime(2027, 2, 15)
    sessie = Sessie(id="n", vragenlijsten=["nieuw"], aangemaakt=nu, bijgewerkt=nu)
    gesprek = Gesprek(sessie, [laad_vragenlijst(tmp_path / "nieuw.toml")])
    vul(gesprek, VANDAAG)
    assert gesprek.volgende() is None
    a = gesprek.sessie.antwoorden
    assert (a["onbekende_keuze"], a["onbekend_getal"], a["onbekende_datum"]) == ("a", 3, VANDAAG)
    assert isinstance(a["onbekend_doel"], str) and a["onbekende_lijst"]
