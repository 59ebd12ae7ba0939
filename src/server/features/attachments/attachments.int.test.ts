import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { PDF_BYTES, PNG_BYTES } from '../../test/plan-fixtures.ts';

describe.each(DIALECTS)('Plan attachments on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let alex: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    alex = await signUp(t.app);
  });
  afterAll(() => t.close());
  const documents = () => `/api/people/${sam.personId}/crisis-plan/documents`;
  const photos = () => `/api/people/${sam.personId}/safety-plan/photos`;
  const upload = (url: string, body: Buffer, type: string, client = sam) =>
    client.request({
      method: 'POST',
      url,
      payload: body,
      headers: { 'content-type': type, 'x-file-name': 'my%20plan.pdf' },
    });

  it('stores an advance choice document privately and attaches it to the crisis plan', async () => {
    const saved = await upload(documents(), PDF_BYTES, 'application/pdf');
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({
      mediaType: 'application/pdf',
      fileName: 'my plan.pdf',
      byteSize: PDF_BYTES.length,
    });
    const download = await sam.request({ method: 'GET', url: `${documents()}/${saved.json().id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    const plan = await sam.request({
      method: 'PUT',
      url: `/api/people/${sam.personId}/crisis-plan`,
      headers: { 'if-match': 'W/"0"' },
      payload: { ...EMPTY_CRISIS_PLAN, advanceChoiceDocumentId: saved.json().id },
    });
    expect(plan.statusCode).toBe(200);
    expect(
      (await alex.request({ method: 'GET', url: `${documents()}/${saved.json().id}` })).statusCode,
    ).toBe(404);
  });

  it('judges a file by its content, not its name or declared type', async () => {
    const fake = await upload(documents(), Buffer.from('MZ this is a program'), 'application/pdf');
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('WM_UPLOAD_WRONG_TYPE');
    const pdfAsPhoto = await upload(photos(), PDF_BYTES, 'image/png');
    expect(pdfAsPhoto.statusCode).toBe(415);
    const photo = await upload(photos(), PNG_BYTES, 'application/octet-stream');
    expect(photo.json().mediaType).toBe('image/png');
  });

  it('refuses a file over 5 MB and stores nothing', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(5 * 1024 * 1024)]);
    const response = await upload(documents(), big, 'application/pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('WM_UPLOAD_TOO_LARGE');
    const list = await sam.request({ method: 'GET', url: documents() });
    expect(list.json().items).toHaveLength(1);
  });

  it('deletes a file and can bring it back', async () => {
    const saved = await upload(photos(), PNG_BYTES, 'image/png');
    const id = saved.json().id;
    expect(
      (await sam.request({ method: 'DELETE', url: `${photos()}/${id}`, headers: ifMatch(1) }))
        .statusCode,
    ).toBe(200);
    expect((await sam.request({ method: 'GET', url: `${photos()}/${id}` })).statusCode).toBe(404);
    expect(
      (
        await sam.request({
          method: 'POST',
          url: `${photos()}/${id}/undelete`,
          headers: ifMatch(2),
        })
      ).statusCode,
    ).toBe(200);
    expect((await sam.request({ method: 'GET', url: `${photos()}/${id}` })).statusCode).toBe(200);
  });

  it('needs If-Match to delete or bring back a file, like every other change', async () => {
    const saved = await upload(photos(), PNG_BYTES, 'image/png');
    expect(saved.headers.etag).toBe('W/"1"');
    const file = `${photos()}/${saved.json().id}`;
    expectError(await sam.request({ method: 'DELETE', url: file }), 428, 'WM_VERSION_REQUIRED');
    expectError(
      await sam.request({ method: 'DELETE', url: file, headers: { 'if-match': 'one' } }),
      400,
      'WM_VERSION_INVALID',
    );
    // Another tab deletes it and brings it back: this tab's version is stale.
    await sam.request({ method: 'DELETE', url: file, headers: ifMatch(1) });
    const back = await sam.request({
      method: 'POST',
      url: `${file}/undelete`,
      headers: ifMatch(2),
    });
    expect(back.json()).toMatchObject({ version: 3, deletedAt: null });
    const stale = expectError(
      await sam.request({ method: 'DELETE', url: file, headers: ifMatch(1) }),
      412,
      'WM_VERSION_CONFLICT',
    ) as { current?: unknown };
    expect(stale.current).toMatchObject({ id: saved.json().id, version: 3, deletedAt: null });
    await sam.request({ method: 'DELETE', url: file, headers: ifMatch(3) });
    expectError(
      await sam.request({ method: 'POST', url: `${file}/undelete` }),
      428,
      'WM_VERSION_REQUIRED',
    );
    expect((await sam.request({ method: 'GET', url: file })).statusCode).toBe(404);
  });

  it('names a download by the type found in its bytes, never the name it was sent with', async () => {
    const polyglot = await sam.request({
      method: 'POST',
      url: photos(),
      payload: PNG_BYTES,
      headers: { 'content-type': 'image/png', 'x-file-name': 'poly.html' },
    });
    expect(polyglot.json().fileName).toBe('poly.png');
    const download = await sam.request({ method: 'GET', url: `${photos()}/${polyglot.json().id}` });
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(
      `inline; filename="poly.png"; filename*=UTF-8''poly.png`,
    );
    expect(download.headers['content-security-policy']).toContain("default-src 'none'; sandbox");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('removes right-to-left overrides and other hidden characters from file names', async () => {
    // U+202E would show the rest of the name backwards, hiding where it really ends.
    const sneaky = `Ad\u00e9 plan\u202Efdp.exe\u200F\u0007.pdf`;
    const saved = await sam.request({
      method: 'POST',
      url: documents(),
      payload: PDF_BYTES,
      headers: { 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(sneaky) },
    });
    expect(saved.json().fileName).toBe('Ad\u00e9 planfdp.exe.pdf');
    const download = await sam.request({ method: 'GET', url: `${documents()}/${saved.json().id}` });
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Ade planfdp.exe.pdf"; filename*=UTF-8''Ad%C3%A9%20planfdp.exe.pdf`,
    );
    expect(download.headers['content-security-policy']).toContain("default-src 'none'; sandbox");
    const listed = (await sam.request({ method: 'GET', url: documents() })).json().items;
    expect(listed.map((file: { fileName: string }) => file.fileName)).toContain(
      'Ad\u00e9 planfdp.exe.pdf',
    );
  });

  it('does not let another person upload into this record', async () => {
    const response = await upload(documents(), PDF_BYTES, 'application/pdf', alex);
    expect(response.statusCode).toBe(404);
  });
});
