# Jornal do Tejo — Portuguese daily from Lisbon (fictional), RSS 2.0, +0100 (WEST), newest first.
from _lib import C, N, item, repost

OUTLET = dict(
    slug="jornal-tejo",
    name="Jornal do Tejo",
    language="pt",
    format="rss",
    order="newest",
    tz="offset",
    site="https://www.jornal-tejo.example",
    description="Notícias de Portugal e do mundo",
)

S = "https://www.jornal-tejo.example/"


def jt(slug, path, *a, **k):
    return item(f"jdt-{slug}", S + path, *a, **k)


J2 = jt(
    "2025-10-05-fogo-pombal-hectares",
    "pais/2025/10/05/fogo-pombal-ja-consumiu-12400-hectares",
    "2025-10-05T12:00:00+01:00",
    "wildfire-leiria",
    "wildfire",
    "Fogo de Pombal já consumiu 12.400 hectares",
    "<p>O incêndio que deflagrou no sábado já destruiu <b>12.400 hectares</b> de mato e floresta. "
    "As três mil pessoas retiradas continuam em pavilhões e mais de 600 operacionais estão no "
    "terreno.</p>",
    html=True,
    counts=[
        C("t", "12.400 hectares", 12400, "measure", "ha", "burned area", "leiria-area"),
        C("s", "12.400 hectares", 12400, "measure", "ha", "burned area", "leiria-area"),
        C("s", "três mil", 3000, "count", "", "evacuated", "leiria-evacuated"),
        C("s", "600", 600, "count", "", "firefighters", "leiria-firefighters"),
    ],
)

ITEMS = [
    jt(
        "2025-10-04-incendio-pombal",
        "pais/2025/10/04/incendio-pombal-retirada",
        "2025-10-04T18:40:00+01:00",
        "wildfire-leiria",
        "wildfire",
        "Incêndio em Pombal obriga a retirar três mil pessoas",
        "<p>O fogo que lavra desde a madrugada no concelho de Pombal, distrito de Leiria, obrigou à "
        "retirada de <b>três mil pessoas</b> de 14 aldeias.</p>",
        html=True,
        counts=[
            C("t", "três mil", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "três mil", 3000, "count", "", "evacuated", "leiria-evacuated"),
            C("s", "14", 14, "count", "", "villages evacuated"),
        ],
    ),
    J2,
    jt(
        "2025-10-07-ataque-informatico-eletrica",
        "mundo/2025/10/07/ataque-informatico-eletrica-holandesa",
        "2025-10-07T08:05:00+01:00",
        "breach-rotterdam",
        "cyber",
        "Ataque informático expõe dados de quase 200 mil clientes de elétrica holandesa",
        "A Stroomhaven, de Roterdão, confirmou o roubo de nomes, moradas e dados bancários.",
        counts=[C("t", "200 mil", 200000, "count", "", "records", "breach-records-200k")],
    ),
    repost(
        J2,
        "jdt-2025-10-07-fogo-pombal-hectares-r",
        S + "pais/2025/10/07/fogo-pombal-ja-consumiu-12400-hectares",
        "2025-10-07T09:00:00+01:00",
    ),
    jt(
        "2025-10-09-queda-ponte-galiza",
        "mundo/2025/10/09/queda-de-ponte-na-galiza",
        "2025-10-09T10:00:00+01:00",
        "bridge-ourense",
        "infrastructure",
        "Queda de ponte na Galiza faz cinco mortos",
        "A ponte sobre o rio Minho, perto de Ourense, ruiu ao início da manhã. Há ainda 11 feridos.",
        counts=[
            C("t", "cinco", 5, "count", "", "dead", "ourense-dead"),
            C("s", "11", 11, "count", "", "injured", "ourense-injured"),
        ],
    ),
    jt(
        "2025-10-10-gasoleo-desce",
        "economia/2025/10/10/gasoleo-desce-3-centimos",
        "2025-10-10T17:00:00+01:00",
        "single-fuel-portugal",
        "energy",
        "Gasóleo desce 3 cêntimos na próxima semana",
        "O preço médio deverá fixar-se em 1,58 euros por litro a partir de segunda-feira, 13 de outubro.",
        counts=[
            C("t", "3 cêntimos", "0.03", "money", "EUR/l", "diesel price change"),
            C("s", "1,58 euros", "1.58", "money", "EUR/l", "diesel price"),
        ],
        noncounts=[N("s", "13 de outubro", "date")],
    ),
    jt(
        "2025-10-13-ferry-constanca",
        "mundo/2025/10/13/ferry-lago-de-constanca",
        "2025-10-13T12:30:00+01:00",
        "ferry-bodensee",
        "maritime",
        "Cinco mortos em acidente com ferry no lago de Constança",
        "O ferry, que transportava 120 passageiros, colidiu com uma barcaça no domingo à noite.",
        counts=[
            C("t", "Cinco", 5, "count", "", "dead", "ferry-dead-5"),
            C("s", "120", 120, "count", "", "passengers", "ferry-passengers"),
        ],
    ),
    jt(
        "2025-10-14-idosa-resgatada-porto",
        "pais/2025/10/14/idosa-resgatada-porto",
        "2025-10-14T09:30:00+01:00",
        "single-porto-fire-rescue",
        "local-accidents",
        "Idosa de 82 anos resgatada de casa em chamas no Porto",
        "O alerta foi dado às 3h40. Dois bombeiros sofreram ferimentos ligeiros.",
        counts=[C("s", "Dois", 2, "count", "", "injured firefighters")],
        noncounts=[N("t", "82 anos", "age"), N("s", "3h40", "time")],
    ),
    jt(
        "2025-10-16-canarias-el-hierro",
        "mundo/2025/10/16/canarias-migrantes-el-hierro",
        "2025-10-16T18:00:00+01:00",
        "migrants-el-hierro",
        "migration",
        "Canárias: 212 migrantes chegam a El Hierro",
        "Entre eles estão 38 menores, informaram as autoridades espanholas.",
        counts=[
            C("t", "212", 212, "count", "", "migrants arrived", "hierro-arrivals"),
            C("s", "38", 38, "count", "", "minors", "hierro-minors"),
        ],
    ),
    jt(
        "2025-10-17-ponte-pedonal-antuerpia",
        "mundo/2025/10/17/ponte-pedonal-antuerpia",
        "2025-10-17T10:00:00+01:00",
        "footbridge-antwerp",
        "infrastructure",
        "Ponte pedonal cai em Antuérpia: uma dezena de feridos",
        "A estrutura cedeu durante um festival de luzes na margem do Escalda.",
        counts=[C("t", "uma dezena", 10, "count", "", "injured", "antwerp-injured")],
    ),
    jt(
        "2025-10-18-lisboa-habitacao-marcha",
        "pais/2025/10/18/milhares-marcham-lisboa-habitacao",
        "2025-10-18T17:30:00+01:00",
        "protest-lisbon-housing",
        "protest",
        "Milhares marcham em Lisboa pelo direito à habitação",
        "A PSP estima 3 mil manifestantes; a organização fala em dez mil.",
        counts=[
            C("s", "3 mil", 3000, "count", "", "protesters", "lisbon-police"),
            C("s", "dez mil", 10000, "count", "", "protesters", "lisbon-organisers"),
        ],
        noncounts=[N("t", "Milhares", "vague")],
    ),
    jt(
        "2025-10-19-rendas-subiram",
        "pais/2025/10/19/rendas-subiram-num-ano",
        "2025-10-19T10:00:00+01:00",
        "protest-lisbon-housing",
        "protest",
        "Rendas subiram 11% num ano, lembram manifestantes",
        "Os cerca de 3 mil participantes na marcha de sábado exigem um teto às rendas.",
        counts=[
            C("t", "11%", 11, "percent", "%", "rent increase"),
            C("s", "3 mil", 3000, "count", "", "protesters", "lisbon-police"),
        ],
    ),
    jt(
        "2025-10-19-genova-chuva",
        "mundo/2025/10/19/genova-chuva",
        "2025-10-19T13:00:00+01:00",
        "flood-genoa",
        "weather",
        "Génova: 312 milímetros de chuva em 12 horas",
        "Cerca de 400 pessoas tiveram de abandonar as casas.",
        counts=[
            C("t", "312 milímetros", 312, "measure", "mm", "rainfall", "genoa-rain"),
            C("s", "400", 400, "count", "", "evacuated", "genoa-evacuated"),
        ],
        noncounts=[N("t", "12 horas", "duration")],
    ),
]
