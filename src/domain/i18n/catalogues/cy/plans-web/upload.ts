import type { Words } from '../../../translate.ts';

export default {
  'upload.choose': 'Llwytho dogfen i fyny',
  'upload.replace': 'Llwytho dogfen wahanol i fyny',
  'upload.limits': 'PDF neu lun (PNG, JPEG neu WebP), hyd at {max} MB.',
  'upload.photoLimits': 'Llun (PNG, JPEG neu WebP), hyd at {max} MB.',
  'upload.sending': 'Wrthi’n llwytho “{name}” i fyny…',
  'upload.done':
    'Mae “{name}” wedi’i llwytho i fyny. Cadwch eich cynllun argyfwng i’w chadw gyda’ch cynllun.',
  'upload.photoDone':
    'Mae’r llun wedi’i lwytho i fyny. Cadwch eich cynllun diogelwch i’w gadw yno.',
  'upload.detached':
    'Bydd y ddogfen yn cael ei thynnu oddi ar eich cynllun pan fyddwch chi’n cadw.',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'Rydych chi’n defnyddio {used} MB o’ch {quota} MB.',
  'upload.removedAfterWindow': 'Cafodd y ffeil hon ei thynnu ar ôl {days} diwrnod.',
} satisfies Words;
