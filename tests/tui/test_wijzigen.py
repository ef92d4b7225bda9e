"""Wijzigen zoals een IB'er het doet: esc laat een wijziging vallen, elk punt van een lijst is
aan te passen, en de doelcheck van een toegevoegd doel blijft zichtbaar."""

from __future__ import annotations

from textual.widgets import Input
from tui_hulp import MEETBAAR, VAAG, chat, maak_sessie, wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.widgets.doelweergave import Doelweergave
from assistent.tui.widgets.lijstinvoer import Lijstinvoer


async def test_esc_stopt_met_wijzigen_en_het_oude_antwoord_blijft(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="uitstroom")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        oud = scherm.gesprek.sessie.antwoorden["aanleiding"]
        await scherm.wijzig("aanleiding")
        await pilot.pause()
        assert scherm.stap is not None and scherm.stap.vraag.id == "aanleiding"
        assert "Je wijzigt" in str(scherm.query_one("#huidige-vraag").render())
        await pilot.press("escape")
        await wacht_tot(pilot, lambda: scherm.stap is not None
                        and scherm.stap.vraag.id == "uitstroom")
        assert scherm.gesprek.sessie.antwoorden["aanleiding"] == oud
        assert "Niet gewijzigd" in str(scherm.query(".melding").last().render())


async def test_elk_punt_van_een_lijst_is_te_wijzigen(werkruimte: Werkruimte) -> None:
    pad = maak_sessie(werkruimte, tot="doelen")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        lijst = scherm.query_one(Lijstinvoer)
        invoer = scherm.query_one("#antwoord", Input)
        for punt in ("eerste doel", "tweede doel", "derde doel"):
            invoer.value = punt
            await pilot.press("enter")
        assert lijst.items == ["eerste doel", "tweede doel", "derde doel"]
        await pilot.press("up", "up", "up")
        assert invoer.value == "eerste doel" and lijst.bewerkt == 0
        invoer.value = "eerste doel, beter"
        await pilot.press("enter")
        assert lijst.items == ["eerste doel, beter", "tweede doel", "derde doel"]
        assert invoer.value == "" and lijst.bewerkt is None
        # Omlaag voorbij het laatste punt: het vak is weer leeg voor een nieuw punt.
        await pilot.press("up", "up", "down", "down")
        assert invoer.value == "" and lijst.bewerkt is None
        assert len(lijst.items) == 3
        # Een punt leeg maken en enter: het vervalt.
        await pilot.press("up")
        invoer.value = ""
        await pilot.press("enter")
        assert lijst.items == ["eerste doel, beter", "tweede doel"]


async def test_de_markering_van_een_vaag_doel_blijft_na_het_toevoegen(
    werkruimte: Werkruimte,
) -> None:
    pad = maak_sessie(werkruimte, tot="doelen")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(100, 30)) as pilot:
        scherm = chat(app)
        weergave = scherm.query_one(Doelweergave)
        invoer = scherm.query_one("#antwoord", Input)
        invoer.value = VAAG
        await pilot.press("enter")
        await wacht_tot(pilot, lambda: weergave.oordeel is not None
                        and not weergave.oordeel.meetbaar)
        assert weergave.has_class("vaag")
        # Live blijft het werken voor het volgende punt.
        invoer.value = MEETBAAR
        await wacht_tot(pilot, lambda: weergave.oordeel is not None
                        and weergave.oordeel.meetbaar)


LANG_DOEL = ("Voor de kerstvakantie leest Sem in de klas elke ochtend een kwartier zelfstandig in "
             "een boek op zijn niveau, zonder dat de leerkracht hem hoeft aan te sporen, bij vier "
             "van de vijf ochtenden, bijgehouden op een turflijst door de leerkracht.")


async def test_een_lang_doel_staat_helemaal_in_beeld_over_meer_regels(
    werkruimte: Werkruimte,
) -> None:
    # Het invoervak is één regel en schuift mee; direct eronder staat het hele doel, afgebroken
    # over regels en met de markering, ook op 80x24.
    pad = maak_sessie(werkruimte, tot="doelen")
    app = OppApp(werkruimte, pad)
    async with app.run_test(size=(80, 24)) as pilot:
        scherm = chat(app)
        weergave = scherm.query_one(Doelweergave)
        scherm.query_one("#antwoord", Input).value = LANG_DOEL
        await wacht_tot(pilot, lambda: weergave.oordeel is not None)
        await pilot.pause()
        # De rand links (een blok) hoort niet bij de tekst.
        regels = [regel.text.replace("█", "")
                  for regel in weergave.render_lines(weergave.region.reset_offset)]
        zichtbaar = " ".join(" ".join(regel.split()) for regel in regels)
        assert " ".join(LANG_DOEL.split()) in zichtbaar
        assert len(regels) >= 3
        assert weergave.region.bottom <= app.size.height - 1, "de weergave valt onder de voetregel"
