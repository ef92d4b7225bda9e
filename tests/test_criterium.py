"""Is het criterium gehaald? Alleen waar het uit de tekst te rekenen is, anders None."""

from __future__ import annotations

import pytest

from assistent.kern.cyclus.criterium import deel_van_criterium, gehaald, norm

KRING = "Voor de kerstvakantie steekt Sem in 4 van de 5 kringgesprekken zijn vinger op."
LEZEN = "In juni leest Sem 40 woorden per minuut foutloos voor."
SOMMEN = "Eind maart maakt Sem 80% van de sommen tot 100 goed."


@pytest.mark.parametrize(
    ("doel", "meting", "verwacht"),
    [
        (KRING, "3 van de 5 kringgesprekken", False),
        (KRING, "4 van de 5", True),
        (KRING, "5 van de 5", True),
        (KRING, "4/5", True),
        (KRING, "vier van de vijf", True),
        (KRING, "8 van de 10", True),
        (KRING, "7 van de 10", False),
        (KRING, "90%", True),
        (KRING, "70 procent", False),
        (KRING, "3", None),  # van hoeveel? dat is niet te weten
        (KRING, "goed bezig", None),
        ("Sem werkt in drie van de vier lessen zelfstandig.", "3 uit 4", True),
        ("Sem werkt 8 op de 10 keer zelfstandig door.", "6 op 10", False),
        (LEZEN, "42 woorden per minuut", True),
        (LEZEN, "38 woorden per minuut", False),
        (LEZEN, "40", True),
        (LEZEN, "40 wpm", None),
        (LEZEN, "300 woorden per uur", None),  # een andere eenheid rekent de kern niet om
        ("Sem leest 35,5 woorden per minuut.", "35,5 woorden per minuut", True),
        ("Sem leest 60 woorden in een minuut.", "61 woorden per minuut", True),
        (SOMMEN, "80%", True),
        (SOMMEN, "79%", False),
        (SOMMEN, "85 procent", True),
        (SOMMEN, "9 van de 10", True),
        (SOMMEN, "75", False),
        ("Sem is hooguit 2 van de 5 dagen boos na de pauze.", "1 van de 5", True),
        ("Sem is hooguit 2 van de 5 dagen boos na de pauze.", "3 van de 5", False),
        ("Sem komt maximaal 10% van de lessen te laat.", "5%", True),
        ("Sem komt maximaal 10% van de lessen te laat.", "20%", False),
        ("Sem voelt zich veiliger in de klas.", "4 van de 5", None),
        ("Sem leest vlotter.", "42 woorden per minuut", None),
    ],
)
def test_gehaald(doel: str, meting: str, verwacht: bool | None) -> None:
    assert gehaald(doel, meting) is verwacht


def test_een_onmogelijke_verhouding_is_geen_norm() -> None:
    assert norm("Sem haalt 6 van de 5 punten.") is None
    assert norm("Sem haalt 1 van de 0 punten.") is None


def test_de_eerste_maat_in_het_doel_telt() -> None:
    gevraagd = norm("Sem leest in 4 van de 5 lessen 40 woorden per minuut.")
    assert gevraagd is not None and gevraagd.vorm == "verhouding"
    assert gevraagd.grens == pytest.approx(0.8)


def test_het_deel_van_het_criterium_volgt_de_richting_van_de_grens() -> None:
    meer = "Sem steekt in 4 van de 5 kringgesprekken zijn vinger op."
    assert deel_van_criterium(meer, "2 van de 5") == pytest.approx(0.5)
    assert deel_van_criterium(meer, "5 van de 5") == 1.0
    hooguit = "Sem is hooguit 2 van de 5 dagen boos na de pauze."
    assert deel_van_criterium(hooguit, "1 van de 5") == 1.0  # onder de grens: gehaald
    assert deel_van_criterium(hooguit, "4 van de 5") == pytest.approx(0.5)  # minder is beter
    assert deel_van_criterium("Sem is blij.", "4 van de 5") is None
