"""Op het startscherm en in dialogen staat het teken alleen in een gekozen vakje: wie geen kleur
ziet, ziet toch wat er gekozen is (Textual tekent standaard overal een 'X')."""

from __future__ import annotations

from textual.widgets import Checkbox, RadioSet, SelectionList
from tui_hulp import wacht_tot

from assistent.kern.werkruimte import Werkruimte
from assistent.tui.app import OppApp
from assistent.tui.screens.start import StartScherm


def vakje(regel: str) -> str:
    """Het teken tussen ▐ en ▌ aan het begin van een regel."""
    begin = regel.index("▐")
    return regel[begin + 1]


async def test_op_het_startscherm_staat_alleen_in_een_gekozen_vakje_een_teken(
    werkruimte: Werkruimte,
) -> None:
    app = OppApp(werkruimte)
    async with app.run_test(size=(100, 30)) as pilot:
        await wacht_tot(pilot, lambda: isinstance(app.screen, StartScherm))
        lijst = app.screen.query_one("#lijsten", SelectionList)
        regels = [lijst.render_line(y).text for y in range(lijst.option_count)]
        gekozen = [lijst.get_option_at_index(i).value in lijst.selected
                   for i in range(lijst.option_count)]
        assert any(gekozen) and not all(gekozen)
        assert [vakje(r) == "X" for r in regels] == gekozen
        assert all(vakje(r) == " " for r, aan in zip(regels, gekozen, strict=True) if not aan)

        lijst.select(lijst.get_option_at_index(gekozen.index(False)).value)
        await wacht_tot(pilot, lambda: vakje(lijst.render_line(gekozen.index(False)).text) == "X")

        twijfel = app.screen.query_one("#twijfel", Checkbox)
        assert vakje(twijfel.render().plain) == " "  # type: ignore[union-attr]
        twijfel.value = True
        assert vakje(twijfel.render().plain) == "X"  # type: ignore[union-attr]

        rondjes = app.screen.query_one("#voornaamwoord", RadioSet).query("RadioButton")
        assert all(vakje(r.render().plain) == " " for r in rondjes)  # type: ignore[attr-defined]
        rondjes.first().value = True  # type: ignore[attr-defined]
        assert [vakje(r.render().plain) for r in rondjes] == ["●", " ", " "]  # type: ignore[attr-defined]
