import type { Words } from '../../../translate.ts';

export default {
  'error.WM_INVITATION_OWN':
    'To jest własne zaproszenie. Link albo kod trzeba przekazać osobie, której ma być udostępniony zapis.',
  'error.WM_INVITATION_ALREADY_SHARING':
    'Ta osoba już udostępnia swój zapis. Można ją poprosić, żeby zmieniła to, co udostępnia.',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'Za dużo prób wpisania kodu. Proszę odczekać {wait} i spróbować jeszcze raz albo poprosić o link.',
} satisfies Words;
