import type { Words } from '../../../translate.ts';

export default {
  'alerts.validation.notSharing':
    'Zapis nie jest teraz udostępniany tej osobie, więc nie można jej wybrać. Najpierw trzeba jej coś udostępnić.',
  'alerts.validation.twice': 'Ta osoba jest wybrana dwa razy',
  'alerts.title': 'Kogo powiadomić, kiedy pojawi się wczesny sygnał ostrzegawczy',
  'alerts.intro':
    'Kiedy przy ocenie samopoczucia zaznaczę, że pojawia się któryś z moich wczesnych sygnałów ostrzegawczych, Waymark może powiadomić wybrane tu osoby. Zobaczą tylko: „{name} prosi o kontakt”. Nie zobaczą, jaki to sygnał, moich wyników ani niczego innego.',
  'alerts.forMeOnly': 'Ocena samopoczucia oznaczona „tylko dla mnie” nie powiadamia nikogo.',
  'alerts.legend': 'Powiadom te osoby',
  'alerts.none':
    'Zapis nie jest jeszcze nikomu udostępniony. Po udostępnieniu będzie można wybrać te osoby tutaj.',
  'alerts.save': 'Zapisz, kogo powiadomić',
  'alerts.saved': 'Zapisano. Zaznaczone osoby zostaną powiadomione.',
  'alerts.savedNone': 'Zapisano. Nikt nie zostanie powiadomiony.',
  'alerts.saveFailed': 'Nie udało się zapisać tego wyboru. Proszę spróbować jeszcze raz.',
  'alerts.loadFailed':
    'Nie udało się załadować listy osób do powiadomienia. Proszę spróbować jeszcze raz.',
} satisfies Words;
