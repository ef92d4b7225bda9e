"""Vinkjes en keuzerondjes die ook zonder kleur te lezen zijn.

Textual tekent een aangevinkt en een leeg vakje met hetzelfde teken ('X') en alleen een andere
kleur. Wie kleuren slecht ziet, of een terminal met weinig kleuren heeft, ziet dan niet wat er
gekozen is. Hier staat het teken alleen in een gekozen vakje: 'X' of '●', anders een spatie.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList

AAN = "X"
GEKOZEN = "●"
LEEG = " "


class Vinkje(Checkbox):
    """Een Checkbox met 'X' als hij aan staat en een leeg vakje als hij uit staat."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = AAN if self.value else LEEG
        return super()._button


class Keuzerondje(RadioButton):
    """Een RadioButton met '●' als hij gekozen is en een leeg rondje als hij dat niet is."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = GEKOZEN if self.value else LEEG
        return super()._button


class Vinklijst(SelectionList[str]):
    """Een SelectionList waarin alleen gekozen regels een 'X' in het vakje hebben."""

    def render_line(self, y: int) -> Strip:
        regel = super().render_line(y)
        stukken = list(regel)
        _, boven = self.scroll_offset
        try:
            keuze = self.get_option_at_index(boven + y)
        except Exception:  # een regel zonder keuze (leeg of buiten de lijst)
            return regel
        if len(stukken) < 2 or stukken[1].text != AAN:
            return regel
        teken = AAN if keuze.value in self.selected else LEEG
        stukken[1] = Segment(teken, stukken[1].style, stukken[1].control)
        return Strip(stukken, regel.cell_length)
