// Frozen in time: service outcome reports (issue 16, decision 0051). Three person-owned tables,
// person_id leading every key so they distribute with the rest of the person's rows:
// - outcome_consent: a row means the person chose to count, anonymously, in their services'
//   reports; choosing to stop deletes it (the person's access log keeps the history).
// - outcome_value: per person, series and calendar month (UTC), the first and last value the
//   person recorded that month ("for me only" and deleted rows left out), kept current by every
//   write path in the same transaction, so a report reads months, not every check-in.
// - outcome_goal: per goal, the month it was set and the month its status first became
//   achieved, kept by the goals' write path.
// Reports find a team's people through relationship (team_id, person_id), made by migration 0021.
//
// Life areas made from the starting set or a framing now carry a stable `key` (decision 0051).
// Areas made before this that were never changed (version 1) and still have exactly the words of
// a standard area, in any of the five languages as the catalogues had them on this day, get
// that key: the item and its one revision alike, so they still agree. Renamed areas are left
// as the person's own: we cannot tell what they were.
import { type Kysely, sql } from 'kysely';

/** The words of every standard area in every language on 2026-11-30, with the area's key. */
const STANDARD_AREA_NAMES: readonly (readonly [string, string])[] = [
  ['Home and where I live', 'home'],
  ['Money', 'money'],
  ['Work, learning and volunteering', 'work'],
  ['Friends and relationships', 'relationships'],
  ['Family', 'family'],
  ['Physical health', 'body'],
  ['Mental health and wellbeing', 'mind'],
  ['Feeling safe', 'safety'],
  ['Things I enjoy', 'leisure'],
  ['Who I am and how I see myself', 'recovery.self'],
  ['Living with what is hard', 'recovery.coping'],
  ['Making sense of what has happened to me', 'recovery.meaning'],
  ['Getting on with the people in my life', 'recovery.people'],
  ['Things I do that matter to me', 'recovery.roles'],
  ['Help and support when I need it', 'recovery.support'],
  ['Feeling close to people', 'connection.connected'],
  ['Hope and looking forward', 'connection.hope'],
  ['Who I am', 'connection.identity'],
  ['What gives my life meaning', 'connection.meaning'],
  ['Being in charge of my life', 'connection.control'],
  ['My community', 'community.community'],
  ['Faith, spirit or beliefs', 'community.faith'],
  ['Culture, heritage and language', 'community.culture'],
  ['Caring for others', 'community.caring'],
  ['Health of body and mind', 'community.health'],
  ['Work, money and learning', 'community.work'],
  ['Cartref a ble rydw i’n byw', 'home'],
  ['Arian', 'money'],
  ['Gwaith, dysgu a gwirfoddoli', 'work'],
  ['Ffrindiau a pherthnasoedd', 'relationships'],
  ['Teulu', 'family'],
  ['Iechyd corfforol', 'body'],
  ['Iechyd meddwl a lles', 'mind'],
  ['Teimlo’n ddiogel', 'safety'],
  ['Pethau rydw i’n eu mwynhau', 'leisure'],
  ['Pwy ydw i a sut rydw i’n gweld fy hun', 'recovery.self'],
  ['Byw gyda’r hyn sy’n anodd', 'recovery.coping'],
  ['Gwneud synnwyr o’r hyn sydd wedi digwydd i mi', 'recovery.meaning'],
  ['Dod ymlaen gyda’r bobl yn fy mywyd', 'recovery.people'],
  ['Pethau rydw i’n eu gwneud sy’n bwysig i mi', 'recovery.roles'],
  ['Help a chefnogaeth pan fydd eu hangen arnaf i', 'recovery.support'],
  ['Teimlo’n agos at bobl', 'connection.connected'],
  ['Gobaith ac edrych ymlaen', 'connection.hope'],
  ['Pwy ydw i', 'connection.identity'],
  ['Beth sy’n rhoi ystyr i fy mywyd', 'connection.meaning'],
  ['Bod yn gyfrifol am fy mywyd', 'connection.control'],
  ['Fy nghymuned', 'community.community'],
  ['Ffydd, ysbryd neu gredoau', 'community.faith'],
  ['Diwylliant, treftadaeth ac iaith', 'community.culture'],
  ['Gofalu am bobl eraill', 'community.caring'],
  ['Iechyd y corff a’r meddwl', 'community.health'],
  ['Gwaith, arian a dysgu', 'community.work'],
  ['Dom i miejsce zamieszkania', 'home'],
  ['Pieniądze', 'money'],
  ['Praca, nauka i wolontariat', 'work'],
  ['Przyjaciele i związki', 'relationships'],
  ['Rodzina', 'family'],
  ['Zdrowie fizyczne', 'body'],
  ['Zdrowie psychiczne i dobre samopoczucie', 'mind'],
  ['Poczucie bezpieczeństwa', 'safety'],
  ['To, co lubię robić', 'leisure'],
  ['Kim jestem i jak siebie widzę', 'recovery.self'],
  ['Życie z tym, co trudne', 'recovery.coping'],
  ['Zrozumienie tego, co mi się przydarzyło', 'recovery.meaning'],
  ['Relacje z ludźmi w moim życiu', 'recovery.people'],
  ['To, co robię i co jest dla mnie ważne', 'recovery.roles'],
  ['Pomoc i wsparcie, kiedy ich potrzebuję', 'recovery.support'],
  ['Bliskość z ludźmi', 'connection.connected'],
  ['Nadzieja i patrzenie w przyszłość', 'connection.hope'],
  ['Kim jestem', 'connection.identity'],
  ['Co nadaje sens mojemu życiu', 'connection.meaning'],
  ['Decydowanie o moim życiu', 'connection.control'],
  ['Moja społeczność', 'community.community'],
  ['Wiara, duchowość lub przekonania', 'community.faith'],
  ['Kultura, pochodzenie i język', 'community.culture'],
  ['Opieka nad innymi', 'community.caring'],
  ['Zdrowie ciała i umysłu', 'community.health'],
  ['Praca, pieniądze i nauka', 'community.work'],
  ['گھر اور رہنے کی جگہ', 'home'],
  ['پیسہ', 'money'],
  ['کام، پڑھائی اور رضاکارانہ کام', 'work'],
  ['دوست اور رشتے', 'relationships'],
  ['خاندان', 'family'],
  ['جسمانی صحت', 'body'],
  ['ذہنی صحت اور اچھا محسوس کرنا', 'mind'],
  ['محفوظ محسوس کرنا', 'safety'],
  ['وہ چیزیں جو مجھے اچھی لگتی ہیں', 'leisure'],
  ['میں کون ہوں اور اپنے بارے میں میری سوچ', 'recovery.self'],
  ['مشکل چیزوں کے ساتھ جینا', 'recovery.coping'],
  ['میرے ساتھ جو کچھ ہوا اسے سمجھنا', 'recovery.meaning'],
  ['اپنی زندگی کے لوگوں کے ساتھ اچھا تعلق', 'recovery.people'],
  ['وہ کام جو میرے لیے اہم ہیں', 'recovery.roles'],
  ['ضرورت کے وقت مدد اور سہارا', 'recovery.support'],
  ['لوگوں سے قریب محسوس کرنا', 'connection.connected'],
  ['امید اور آگے کی طرف دیکھنا', 'connection.hope'],
  ['میں کون ہوں', 'connection.identity'],
  ['وہ چیزیں جو میری زندگی کو معنی دیتی ہیں', 'connection.meaning'],
  ['اپنی زندگی کے فیصلے خود کرنا', 'connection.control'],
  ['میری برادری', 'community.community'],
  ['ایمان، روحانیت یا عقائد', 'community.faith'],
  ['ثقافت، ورثہ اور زبان', 'community.culture'],
  ['دوسروں کی دیکھ بھال', 'community.caring'],
  ['جسم اور ذہن کی صحت', 'community.health'],
  ['کام، پیسہ اور پڑھائی', 'community.work'],
  ['বাড়ি আর আমি যেখানে থাকি', 'home'],
  ['টাকাপয়সা', 'money'],
  ['কাজ, শেখা আর স্বেচ্ছাসেবা', 'work'],
  ['বন্ধু আর সম্পর্ক', 'relationships'],
  ['পরিবার', 'family'],
  ['শারীরিক স্বাস্থ্য', 'body'],
  ['মানসিক স্বাস্থ্য আর ভালো থাকা', 'mind'],
  ['নিরাপদ বোধ করা', 'safety'],
  ['যা করতে আমার ভালো লাগে', 'leisure'],
  ['আমি কে আর নিজেকে কীভাবে দেখি', 'recovery.self'],
  ['যা কঠিন তার সঙ্গে মানিয়ে চলা', 'recovery.coping'],
  ['আমার সঙ্গে যা ঘটেছে তা বুঝে ওঠা', 'recovery.meaning'],
  ['আমার জীবনের মানুষদের সঙ্গে মিলেমিশে চলা', 'recovery.people'],
  ['যে কাজগুলো আমার কাছে গুরুত্বপূর্ণ', 'recovery.roles'],
  ['দরকারের সময় সাহায্য আর সহায়তা', 'recovery.support'],
  ['মানুষের সঙ্গে কাছের সম্পর্ক অনুভব করা', 'connection.connected'],
  ['আশা আর সামনের দিকে তাকানো', 'connection.hope'],
  ['আমি কে', 'connection.identity'],
  ['যা আমার জীবনকে অর্থবহ করে', 'connection.meaning'],
  ['নিজের জীবনের সিদ্ধান্ত নিজে নেওয়া', 'connection.control'],
  ['আমার কমিউনিটি', 'community.community'],
  ['ধর্মবিশ্বাস, আধ্যাত্মিকতা বা বিশ্বাস', 'community.faith'],
  ['সংস্কৃতি, ঐতিহ্য আর ভাষা', 'community.culture'],
  ['অন্যদের দেখাশোনা করা', 'community.caring'],
  ['শরীর আর মনের স্বাস্থ্য', 'community.health'],
  ['কাজ, টাকাপয়সা আর শেখা', 'community.work'],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outcome_consent')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('opted_in_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('outcome_value')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    // 'YYYY-MM'
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('first_value', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_value_pk', ['person_id', 'series', 'month'])
    .execute();
  await db.schema
    .createTable('outcome_goal')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('created_month', 'text', (c) => c.notNull())
    .addColumn('achieved_month', 'text')
    .addPrimaryKeyConstraint('outcome_goal_pk', ['person_id', 'goal_id'])
    .execute();
  // A new check-in at exactly the time of a month's first or last is ordered by id: this finds
  // the few check-ins at one time in id order without sorting them all.
  await db.schema
    .createIndex('checkin_time_id')
    .on('checkin')
    .columns(['person_id', 'taken_at', 'id'])
    .execute();
  await keyStandardAreas(db);
}

/**
 * Matches the stored JSON text itself: an area's data was written as JSON.stringify({ name }),
 * so one statement per table, with no JSON functions, does the same on both databases.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
async function keyStandardAreas(db: Kysely<any>): Promise<void> {
  const pairs = STANDARD_AREA_NAMES.map(([name, key]) => [
    JSON.stringify({ name }),
    JSON.stringify({ name, key }),
  ]);
  const before = sql.join(pairs.map(([from]) => sql`${from}`));
  const after = sql.join(
    pairs.map(([from, to]) => sql`when ${from} then ${to}`),
    sql` `,
  );
  for (const table of ['record_item', 'record_revision']) {
    await sql`update ${sql.table(table)} set data = case data ${after} else data end
      where kind = 'life_area' and version = 1 and schema_version = 1
        and data in (${before})`.execute(db);
  }
}
