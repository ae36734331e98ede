"""The few words of Spanish, Portuguese, Italian, French and German that pages in those
languages keep in a headline over an English body: the seasons, the word "season" and a
sequel's ordinals. A small closed set, like the English words beside them, not a grammar.
"""

from __future__ import annotations

SEASON_NOUNS = "temporada|stagione|saison|Staffel"  # other languages' "season"
FOREIGN_SEASONS = {  # a season's name, and its English one
    **dict.fromkeys(("primavera", "printemps", "frühling", "fruehling", "frühlings"), "Spring"),
    **dict.fromkeys(("verano", "verão", "verao", "estate", "été", "ete", "sommer"), "Summer"),
    **dict.fromkeys(("otoño", "otono", "outono", "autunno", "automne", "herbst"), "Fall"),
    **dict.fromkeys(("invierno", "inverno", "hiver", "winter"), "Winter"),
}
SEASON_ADJECTIVES = {  # "saison hivernale", "stagione invernale"
    **{"printanière": "Spring", "primaverile": "Spring", "estivale": "Summer", "estiva": "Summer"},
    **{"automnale": "Fall", "autunnale": "Fall", "hivernale": "Winter", "invernale": "Winter"},
}
FOREIGN_ORDINALS = {  # "segunda temporada", "seconda stagione", "zweite Staffel"
    **{"segunda": 2, "seconda": 2, "deuxième": 2, "deuxieme": 2, "zweite": 2},
    **{"tercera": 3, "terceira": 3, "terza": 3, "troisième": 3, "troisieme": 3, "dritte": 3},
    **{"cuarta": 4, "quarta": 4, "quatrième": 4, "vierte": 4},
    **{"quinta": 5, "cinquième": 5, "fünfte": 5},
    **{"sexta": 6, "sesta": 6, "sixième": 6, "sechste": 6},
}
