import type { Words } from '../../../translate.ts';

export default {
  'outcomeReport.title': 'Wyniki',
  'outcomeReport.link': 'Zobacz wyniki',
  'outcomeReport.intro':
    'Jak radzą sobie ludzie, jako sumy dla grupy. Liczymy tylko osoby, które się zgodziły. Nikt nie jest wymieniony z imienia.',
  'outcomeReport.choose': 'Wybierz, co chcesz zobaczyć',
  'outcomeReport.from': 'Pierwszy miesiąc',
  'outcomeReport.to': 'Ostatni miesiąc',
  'outcomeReport.monthHint': 'Na przykład 2026-03',
  'outcomeReport.team': 'Zespół',
  'outcomeReport.wholeService': 'Cała usługa',
  'outcomeReport.show': 'Pokaż wyniki',
  'outcomeReport.download': 'Pobierz jako CSV',
  'outcomeReport.hidden':
    '* oznacza mniej niż {min} osób. Ukrywamy małe liczby, aby chronić prywatność.',
  'outcomeReport.rounded':
    'Inne liczby osób są zaokrąglone do najbliższej wielokrotności {roundTo}.',
  'outcomeReport.totals': 'Sumy',
  'outcomeReport.lifeAreas': 'Obszary życia',
  'outcomeReport.checkins': 'Wpisy samopoczucia',
  'outcomeReport.measures': 'Kwestionariusze',
  'outcomeReport.higherBetter': 'Wyższa wartość jest lepsza.',
  'outcomeReport.lowerBetter': 'Niższy wynik jest lepszy.',
  'outcomeReport.noPairs': 'Nikt tu policzony nie ma jeszcze pierwszej i ostatniej wartości.',
  'outcomeReport.chart.title': 'Ile osób miało każdą wartość',
  'outcomeReport.chart.value': 'Wartość',
  'outcomeReport.chart.first': 'Na początku',
  'outcomeReport.chart.latest': 'Ostatnio',
  'outcomeReport.reliable.title': 'Wiarygodna zmiana: {points} punktów lub więcej',
  'outcomeReport.recovery.title':
    'Powrót do zdrowia: od {atOrAbove} lub więcej na początku do mniej',
  'outcomeReport.source': 'Źródło: {source}',
  'outcomeReport.percent': '{value}%',
  'outcomeReport.notAllowed':
    'Wyniki widzą tylko administrator usługi i liderzy zespołów. Jeśli ich potrzebujesz, zapytaj administratora.',
  'outcomeReport.noTeams': 'Nie prowadzisz zespołu, więc nie ma wyników do pokazania.',
  'outcomeReport.lead.make': 'Ustaw {name} jako lidera zespołu {team}',
  'outcomeReport.lead.stop': '{name} przestaje być liderem zespołu {team}',
  'outcomeReport.lead.made': '{name} prowadzi teraz zespół {team} i widzi jego wyniki.',
  'outcomeReport.lead.stopped': '{name} nie prowadzi już zespołu {team}.',
  'outcomeReport.lead.tag': '{team} (lider)',
} satisfies Words;
