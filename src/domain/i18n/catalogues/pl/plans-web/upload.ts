import type { Words } from '../../../translate.ts';

export default {
  'upload.choose': 'Prześlij dokument',
  'upload.replace': 'Prześlij inny dokument',
  'upload.limits': 'Plik PDF albo zdjęcie (PNG, JPEG lub WebP), najwyżej {max} MB.',
  'upload.photoLimits': 'Zdjęcie (PNG, JPEG lub WebP), najwyżej {max} MB.',
  'upload.sending': 'Przesyłanie: „{name}”…',
  'upload.done':
    'Przesłano „{name}”. Żeby dokument został przy planie kryzysowym, trzeba zapisać plan.',
  'upload.photoDone':
    'Przesłano zdjęcie. Żeby zostało w planie bezpieczeństwa, trzeba zapisać plan.',
  'upload.detached': 'Dokument zostanie odłączony od planu po zapisaniu.',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'Zajęte miejsce: {used} MB z {quota} MB.',
  'upload.removedAfterWindow':
    'Ten plik został usunięty po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}.',
} satisfies Words;
