"""Russian labels and hints for the practice fields a contributor fills in.

One table for the JSON Schema's descriptions (editor tooltips), the site's form and the scaffold's comments, so
the three never describe a field differently. Allowed values are not here: they come from data/taxonomies.yml.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldHelp:
    label: str
    hint: str


FIELDS: dict[str, FieldHelp] = {
    "id": FieldHelp(
        "Код практики",
        "латиница, цифры и дефисы; совпадает с именем файла без .md, например roditelskiy-klub",
    ),
    "title": FieldHelp("Название", "коротко и по существу, от 5 до 200 знаков"),
    "summary": FieldHelp("Краткое описание", "2–4 предложения: что сделали и что изменилось, от 20 до 800 знаков"),
    "school": FieldHelp("Школа", "код школы из реестра data/schools.csv"),
    "authors": FieldHelp("Авторы", "имя и должность каждого автора; consent: true — автор согласен на публикацию"),
    "authors.name": FieldHelp("Имя автора", "фамилия, имя, отчество"),
    "authors.position": FieldHelp("Должность", "например, учитель математики"),
    "authors.consent": FieldHelp(
        "Согласие на публикацию", "автор согласен, что его имя и должность будут опубликованы на сайте"
    ),
    "submitted": FieldHelp("Дата подачи", "ГГГГ-ММ-ДД"),
    "updated": FieldHelp("Дата обновления", "ГГГГ-ММ-ДД; при первой подаче совпадает с датой подачи"),
    "since": FieldHelp("Применяется с", "с какой даты школа применяет практику, ГГГГ-ММ-ДД"),
    "type": FieldHelp("Вид практики", "педагогическая или управленческая"),
    "direction": FieldHelp("Направление работы", "одно из четырёх направлений программы"),
    "levels": FieldHelp("Уровни образования", "НОО, ООО, СОО — один или несколько"),
    "grades": FieldHelp("Классы", "номера классов от 1 до 11, только из выбранных уровней"),
    "subjects": FieldHelp("Предметы", "можно не указывать, если практика не предметная"),
    "risk_factors": FieldHelp("Факторы риска", "на какие факторы риска проекта «500+» направлена практика"),
    "effort": FieldHelp("Затраты", "сколько времени и ресурсов нужно на внедрение"),
    "evidence": FieldHelp("Результат в цифрах", "показатель до и после, с источником данных"),
    "evidence.indicator": FieldHelp("Показатель", "например, доля обучающихся, справившихся с ВПР"),
    "evidence.unit": FieldHelp("Единица", "процент, количество, балл или средняя отметка"),
    "evidence.before": FieldHelp("До", "значение и год"),
    "evidence.after": FieldHelp("После", "значение и год"),
    "evidence.better": FieldHelp("Что лучше", "higher — лучше больше, lower — лучше меньше"),
    "evidence.source": FieldHelp("Источник данных", "например, результаты ВПР, ФИС ОКО"),
    "materials": FieldHelp("Материалы", "файлы в папке practices/<код>/ или ссылки https://"),
    "adoptions": FieldHelp("Повторение в других школах", "заполняет другая школа, повторившая практику"),
    "review": FieldHelp("Рассмотрение", "при подаче — «на рассмотрении»; остальное заполняет рецензент"),
    "keywords": FieldHelp("Ключевые слова", "до 15 слов или коротких фраз"),
    "license": FieldHelp("Лицензия", "на каких условиях другие школы могут использовать материалы"),
}
