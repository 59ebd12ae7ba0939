import type { Words } from '../../../translate.ts';

export default {
  'plans.moving.intro':
    'Odejście z usługi może być dobrym krokiem. Ten plan pomaga wcześnie zauważyć, że robi się trudniej, i szybko wrócić, jeśli będzie trzeba.',
  'plans.moving.intro2':
    'To twój plan. Zostaje w twoim zapisie, także po odejściu z zespołu lub usługi.',
  'plans.moving.empty':
    'Nie zaczęto jeszcze tego planu. Możesz zacząć od jednego sygnału, który chcesz zauważyć.',
  'plans.moving.save': 'Zapisz plan na dalszą drogę',
  'plans.moving.earlyWarningSigns': 'Moje wczesne sygnały ostrzegawcze',
  'plans.moving.earlyWarningSigns.hint':
    'Małe zmiany, które mówią, że robi się trudniej. Na przykład: „Przestaję odbierać telefon”.',
  'plans.moving.earlyWarningSigns.item': 'Sygnał {number}',
  'plans.moving.earlyWarningSigns.add': 'Dodaj sygnał',
  'plans.moving.contacts': 'Z kim się skontaktuję',
  'plans.moving.contacts.hint':
    'Wybierz ze swojej sieci wsparcia. Napisz, co każda osoba ma zrobić.',
  'plans.moving.contacts.pick': 'Dodaj osobę, z którą się skontaktuję',
  'plans.moving.contacts.add': 'Dodaj do planu',
  'plans.moving.contacts.whatToDo': 'Co chcę, żeby zrobił(a) {name}',
  'plans.moving.contacts.whatToDo.hint':
    'Na przykład: „Dzwoń do mnie raz w tygodniu”, „Pomóż mi zadzwonić do zespołu”.',
  'plans.moving.comeBack': 'Szybki powrót',
  'plans.moving.wayBack': 'Jak znów się skontaktować',
  'plans.moving.wayBack.hint':
    'Z jakim zespołem lub usługą się kontaktować i jak, własnymi słowami. Na przykład: „Zadzwonić do zespołu i poprosić o dyżurnego”.',
  'plans.moving.whatToSay': 'Co powiedzieć',
  'plans.moving.whatToSay.hint':
    'Na przykład: „Byłem w zespole do maja. Moje wczesne sygnały wróciły i chcę szybko się z kimś zobaczyć”.',
  'plans.moving.helpedBefore': 'Co pomogło wcześniej',
  'plans.moving.helpedBefore.hint':
    'Na przykład: „Spotkania z tą samą osobą”, „Wizyta w domu rano”.',
} satisfies Words;
