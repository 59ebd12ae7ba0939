export default {
  'device.title': 'Keep my crisis plan on this device',
  'device.what':
    'Turn this on to read your crisis plan when there is no internet. Your plan is saved on this phone or computer. So are the phone numbers and email addresses of the people it names.',
  'device.warning':
    'Anyone who can use this device could read it. Only turn this on if the device is yours and you keep it locked.',
  'device.nothingElse':
    'Nothing else from your record is kept on the device. Turning this off, or signing out, removes it.',
  'device.off': 'This is off. Your crisis plan is not kept on this device.',
  'device.on': 'This is on. Saved on this device on {when}.',
  'device.turnOn': 'Keep my crisis plan on this device',
  'device.turnOff': 'Remove it from this device',
  'device.turnedOn': 'Your crisis plan is now kept on this device.',
  'device.turnedOff': 'Your crisis plan has been removed from this device.',
  'device.failed':
    'Your crisis plan could not be saved on this device. There may not be enough space.',
  'device.unavailable': 'This browser cannot keep a copy. It works on secure (https) addresses.',
  'device.savedOn': 'Saved on this device on {when}',
  'device.offlineExplained':
    'Waymark cannot be reached just now, so this is the copy kept on this device. It may not have the latest changes.',
  'device.noCopy': 'We could not load your crisis plan. Check your connection and try again.',
} as const;
