export default {
  'download.settings.title': 'Download my record',
  'download.settings.intro': 'Take a copy of all you keep in Waymark, whenever you like.',
  'download.settings.link': 'Download my record',
  'download.title': 'Download my record',
  'download.intro': 'Your record is yours. You can take a full copy of it at any time.',
  'download.file.title': 'A file for other apps',
  'download.file.body':
    'This file holds all of your record in FHIR, a format that health and care apps use. Another Waymark can read it back in. It has your journal and your files in it, so keep it safe.',
  'download.file.button': 'Download the file',
  'download.readable.title': 'A copy to read and print',
  'download.readable.body':
    'This shows all of your record on one page, in plain words. You can print it or save it as a PDF.',
  'download.readable.link': 'Open the copy to read and print',
  'download.noRecord': 'Your account has no record of its own, so there is nothing to download.',
} as const;
