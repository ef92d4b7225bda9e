"""Vragenlijsten en voorbeeldzinnen: modellen, laden met controle, cache, voorwaarden."""
