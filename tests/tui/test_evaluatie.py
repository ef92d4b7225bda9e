"""De evaluatie per doel in de chat: F8, dan F10; het gesprek stelt per doel de vragen, en
F9 neemt de besluiten over."""

from __future__ import annotations

from textual.widgets import Input, RadioSet, Static
from tui_hulp import antwoord, chat, wacht_tot

from assistent.kern.cyclus.metingen import huidige_doelen
from assistent.kern.demo import maak_demo
from assistent.kern.sessie import opslag
from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.dialogs.bijstellen import BijstelDialoog
from assistent.tui.dialogs.cyclus import MetingenDialoog
from assistent.tui.widgets.vinkjes import Vinkje

HERSCHREVEN = "Voor de zomer rekent Milan 9 van de 10 keersommen uit de tafels van 6 en 7 goed uit."


async def test_f10_begint_de_evaluatie_en_f9_neemt_de_besluiten_over(
    werkruimte: Werkruimte,
) -> None:
    gesprek, pad = maak_demo(werkruimte)
    doel_1, doel_2 = huidige_doelen(gesprek)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        await pilot.press("f8")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        await pilot.press("f10")
        await wacht_tot(pilot, lambda: app.screen is scherm and scherm.stap is not None)
        assert "evaluatie" in opslag.lees(pad).vragenlijsten  # meteen bewaard
        for waarde in ("tussentijds", "1-12-2026", "behaald"):
            await antwoord(pilot, waarde)
        # Het doel zelf staat in de vraag; de metingen (hier geen) zouden als voorstel klaarstaan.
        assert scherm.stap is not None and scherm.stap.vraag.id == "evaluatie_bewijs__doel1"
        await antwoord(pilot, "5 van de 5 kringen op de turflijst")
        assert scherm.stap is not None and doel_2 in scherm.gesprek.tekst(scherm.stap.vraag)
        for waarde in ("deels", "6 van de 10 op de tempotoets", "Het gaat beter.",
                       "afsluiten", "bijstellen"):
            await antwoord(pilot, waarde)
        # Het bijgestelde doel begint met de oude tekst in het vak.
        assert scherm.stap is not None and scherm.stap.vraag.id == "evaluatie_herschreven__doel2"
        assert scherm.query_one("#antwoord", Input).value == doel_2
        await antwoord(pilot, HERSCHREVEN)

        await pilot.press("f8")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        await pilot.press("f9")
        await wacht_tot(pilot, lambda: isinstance(app.screen, BijstelDialoog))
        dialoog = app.screen
        assert isinstance(dialoog, BijstelDialoog)
        gekozen = {r.id: r.pressed_button.name for r in dialoog.query(RadioSet)
                   if r.pressed_button is not None}
        assert gekozen == {"oordeel-1": "behaald", "oordeel-2": "deels",
                           "besluit-1": "afsluiten", "besluit-2": "bijstellen"}
        tekst_2 = dialoog.query_one("#tekst-2", Input)
        assert tekst_2.display and tekst_2.value == HERSCHREVEN
        await pilot.press("ctrl+s")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
    sessie = opslag.lees(pad)
    assert sessie.versies[0].oordelen == {"1": "behaald", "2": "deels"}
    assert sessie.versies[0].doelen == [doel_1, doel_2]
    assert huidige_doelen(werkruimte.open(pad)) == [HERSCHREVEN]


async def test_f7_slaat_een_vraag_per_doel_over_die_niet_verplicht_is(
    werkruimte: Werkruimte,
) -> None:
    gesprek, pad = maak_demo(werkruimte)
    werkruimte.begin_evaluatie(gesprek)
    for vraag_id, waarde in (("evaluatie_soort", "jaarlijks"), ("evaluatie_gesprek", "1-12-2026"),
                             ("evaluatie_oordeel__doel1", "deels"),
                             ("evaluatie_bewijs__doel1", "3 van de 5")):
        assert gesprek.beantwoord(vraag_id, waarde).bewaard
    werkruimte.bewaar(gesprek, pad)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = chat(app)
        await wacht_tot(pilot, lambda: scherm.stap is not None)
        assert scherm.stap is not None and scherm.stap.vraag.id == "evaluatie_werkte__doel1"
        await pilot.press("f7")
        await wacht_tot(pilot, lambda: scherm.stap is not None
                        and scherm.stap.vraag.id == "evaluatie_oordeel__doel2")
    assert "evaluatie_werkte__doel1" in opslag.lees(pad).overgeslagen


async def test_een_nieuw_doel_uit_de_evaluatie_kan_in_de_bijsteldialoog_uit(
    werkruimte: Werkruimte,
) -> None:
    gesprek, pad = maak_demo(werkruimte)
    werkruimte.begin_evaluatie(gesprek)
    mee = "Voor de zomer leest Milan 4 van de 5 [boeken] uit tot het eind."
    niet_mee = "Voor de zomer vraagt Milan in 4 van de 5 lessen hulp met de hulpkaart."
    assert gesprek.beantwoord("evaluatie_soort", "tussentijds").bewaard
    assert gesprek.beantwoord("evaluatie_besluit", "bijstellen").bewaard
    assert gesprek.beantwoord("evaluatie_nieuwe_doelen", [mee, niet_mee]).bewaard
    waarom = "Milan leest graag; lezen krijgt een eigen doel."
    # Een lang antwoord met witregels wordt één regel in het vak voor de reden.
    assert gesprek.beantwoord("evaluatie_besluit_waarom",
                              waarom.replace("; ", ";\n\n")).bewaard
    werkruimte.bewaar(gesprek, pad)
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
        await pilot.press("f9")
        await wacht_tot(pilot, lambda: isinstance(app.screen, BijstelDialoog))
        dialoog = app.screen
        vinkjes = list(dialoog.query(Vinkje))
        assert len(vinkjes) == 2 and all(v.value for v in vinkjes)
        # De hele tekst staat erboven, letterlijk, haken en al (geen opmaak).
        teksten = [str(s.render()) for s in dialoog.query(".bijsteldoel").results(Static)]
        assert any(mee in t for t in teksten) and any(niet_mee in t for t in teksten)
        # Het waarom uit de evaluatie staat klaar als reden.
        assert dialoog.query_one("#reden", Input).value == waarom
        vinkjes[1].focus()
        await pilot.press("space")
        await pilot.press("ctrl+s")
        await wacht_tot(pilot, lambda: isinstance(app.screen, MetingenDialoog))
    nu = werkruimte.open(pad)
    doelen = huidige_doelen(nu)
    assert mee in doelen and niet_mee not in doelen
    assert nu.sessie.reden == waarom
