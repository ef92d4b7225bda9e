"""Eén leerling, één gesprek: de sessie, de gespreksmotor, de opslag en de afweging."""
