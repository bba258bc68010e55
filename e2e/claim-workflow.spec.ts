// Journey: the claim workflow on the sample case. Mark the same denial in
// two outlets and link them, link the Kremlin's statement as contradicting,
// cite a refuting source, rate, edit the scale, fill the claim's fields,
// follow a link to the other article, reload and find all of it intact.
import { expect, test, type Page } from '@playwright/test';
import { FactmarkPage } from './pages/factmark-page';

const DENIAL_000 = 'He said he as absolutely did not meddle in our election';
const DENIAL_001 = 'He said he didn’t meddle. He said he didn’t meddle.';
const KREMLIN_001 = 'President Trump and Russian President Vladimir Putin did not discuss alleged election meddling on Saturday.';
const FACEBOOK_001 = '126 million Americans through Facebook';
const SOURCE = 'Facebook testimony to the Senate Judiciary Committee';

/** Screenshots for review (test-results/screens), with a section of the inspector in view. */
async function shot(page: Page, name: string, section?: string) {
  if (section) await page.getByRole('navigation', { name: 'Claim sections' }).getByRole('button', { name: section }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('mark, link, cite, rate and describe claims across articles, and find it all after a reload', async ({ page }) => {
  const app = new FactmarkPage(page);
  await app.open();
  await app.startWithSample();

  // 000: the denial, with claimant, status, tags and notes.
  await app.openArticle(0);
  await app.markClaim(DENIAL_000);
  await expect(app.field('Statement')).toHaveValue(DENIAL_000);
  await expect(app.field('Claim date')).toHaveValue('2017-11-11');
  await app.fillField('Claimant', 'Vladimir Putin (as quoted by Donald Trump)');
  await app.field('Status').selectOption({ label: 'Researching' });
  await app.addTag('election meddling');
  await app.addTag('denial');
  await app.fillField('Notes', 'Compare with the Kremlin readout.');

  // 001: the same denial, suggested claimant and tags come from the case.
  await app.openArticle(1);
  await app.markClaim(DENIAL_001);
  // The fields gather the case's claimants and tags when they get focus.
  await app.field('Claimant').focus();
  await expect(app.inspector().locator('datalist option[value="Vladimir Putin (as quoted by Donald Trump)"]')).toHaveCount(1);
  await app.inspector().getByPlaceholder('Add a tag').focus();
  await expect(app.inspector().locator('datalist option[value="denial"]')).toHaveCount(1);
  await app.linkClaim('Same claim as', 'absolutely', DENIAL_000);
  await expect(app.section('Links')).toContainText('This claim appears in 2 articles');

  // 001: the Kremlin's statement contradicts the denial.
  await app.markClaim(KREMLIN_001);
  await app.fillField('Claimant', 'Kremlin press office');
  await app.linkClaim('Contradicts', 'didn’t meddle', DENIAL_001);
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText('Contradicts');

  // 001: the Facebook figure, with a refuting source created on the spot.
  await app.markClaim(FACEBOOK_001);
  const evidence = app.section('Evidence');
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await evidence.getByRole('combobox', { name: 'Stance', exact: true }).selectOption({ label: 'Refutes' });
  await evidence.getByRole('textbox', { name: 'Note', exact: true }).fill('Facebook counted 126 million users who may have seen posts, not ads.');
  await evidence.getByRole('button', { name: 'New source…' }).click();
  await evidence.getByRole('textbox', { name: 'Title', exact: true }).fill(SOURCE);
  await evidence.getByRole('textbox', { name: 'URL', exact: true }).fill('https://www.judiciary.senate.gov/imo/media/doc/10-31-17%20Stretch%20Testimony.pdf');
  await evidence.getByRole('textbox', { name: 'Publisher', exact: true }).fill('US Senate');
  await evidence.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Primary document' });
  await evidence.getByRole('button', { name: 'Create source' }).click();
  const cited = evidence.getByRole('listitem', { name: SOURCE });
  await expect(cited).toBeVisible();
  await expect(cited.getByLabel(`Stance: ${SOURCE}`)).toHaveValue('refutes');
  await expect(cited.getByRole('link', { name: SOURCE })).toHaveAttribute('href', /^https:\/\/www\.judiciary\.senate\.gov\//);

  // Rating repaints the highlight; Alt+digit rates from the keyboard.
  const neutral = await app.markColor(FACEBOOK_001);
  await app.setVerdict('Half true');
  await expect.poll(() => app.markColor(FACEBOOK_001)).not.toBe(neutral);
  await app.fillField('Conclusion', 'The figure counts possible viewers of posts, not people reached by ads.');
  const rationale = app.inspector().getByRole('textbox', { name: 'Rationale' });
  await rationale.click();
  await page.keyboard.type('Facebook told the Senate that ');
  await app.inspector().getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('up to 126 million');
  await app.inspector().getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type(' people may have seen the posts.');
  await expect(rationale.locator('.fm-rt-bold')).toHaveText('up to 126 million');
  await app.field('Conclusion').focus();
  await expect(app.saveState()).toHaveText('Saved');
  await shot(page, 'inspector-verdict', 'Verdict');

  await app.openMark(KREMLIN_001.slice(0, 30));
  await expect(app.inspectorQuote()).toHaveText(KREMLIN_001);
  await page.keyboard.press('Alt+5');
  await expect(app.verdictOption()).toHaveText('False');

  // Edit the scale: rename False and give it another colour; both apply at once.
  await app.section('Verdict').getByRole('button', { name: 'Edit scale…' }).click();
  const scale = page.getByRole('dialog', { name: 'Rating scale' });
  await shot(page, 'scale-editor');
  await scale.getByLabel('Name of rating 5').fill('Not true');
  await scale.getByLabel('Colour of rating 5').fill('#1565c0');
  await scale.getByRole('button', { name: 'Save scale' }).click();
  await expect(scale).toBeHidden();
  await expect(app.verdictOption()).toHaveText('Not true');
  await expect.poll(() => app.markColor(KREMLIN_001.slice(0, 30))).toBe('rgba(21, 101, 192, 0.32)');

  // Links read from both ends; following one opens the other article at that claim.
  await app.openMark(DENIAL_001.slice(0, 20));
  const links = app.section('Links').getByRole('list', { name: 'Links' });
  await expect(links.getByRole('listitem').filter({ hasText: KREMLIN_001.slice(0, 60) })).toContainText('Contradicts');
  await expect(links.getByRole('listitem').filter({ hasText: DENIAL_000 })).toContainText('Same claim as');
  await shot(page, 'inspector-links', 'Links');
  await links.getByRole('button', { name: /^Open: Same claim as/ }).click();
  await expect(app.inspectorQuote()).toHaveText(DENIAL_000);
  await expect(page.locator('.fm-reader h1')).toContainText('President Donald Trump said that he spoke with Russian President');
  await expect(app.marks().filter({ hasText: 'absolutely' }).first()).toBeInViewport();
  await expect(app.section('History')).toContainText('Status: open → researching');
  await shot(page, 'inspector-details');

  await page.reload();
  await app.openView('Articles');
  await expect(app.articleItems()).toHaveCount(3);
  await app.openArticle(0);
  await app.openMark(DENIAL_000.slice(0, 20));
  await expect(app.field('Claimant')).toHaveValue('Vladimir Putin (as quoted by Donald Trump)');
  await expect(app.field('Status')).toHaveValue('researching');
  await expect(app.section('Claim').getByRole('list', { name: 'Tags' })).toHaveText(/election meddling.*denial/);
  await expect(app.field('Notes')).toHaveValue('Compare with the Kremlin readout.');
  await expect(app.section('Links')).toContainText('This claim appears in 2 articles');
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText(DENIAL_001);

  await app.openArticle(1);
  await app.openMark(KREMLIN_001.slice(0, 30));
  await expect(app.verdictOption()).toHaveText('Not true');
  await expect(app.section('Links').getByRole('list', { name: 'Links' })).toContainText(DENIAL_001);
  await expect(app.section('History')).toContainText('Verdict: (none) → False');

  await app.openMark(FACEBOOK_001);
  await expect(app.section('Evidence').getByRole('listitem', { name: SOURCE }).getByLabel(`Stance: ${SOURCE}`)).toHaveValue('refutes');
  await expect(app.inspector().getByRole('textbox', { name: 'Rationale' })).toContainText('Facebook told the Senate that up to 126 million people may have seen the posts.');
  await expect(app.inspector().getByRole('textbox', { name: 'Rationale' }).locator('.fm-rt-bold')).toHaveText('up to 126 million');
  await expect(app.section('History')).toContainText('Rationale: (none) → Facebook told the Senate');
  await expect(app.section('History')).toContainText('Verdict: (none) → Half true');
  await shot(page, 'inspector-evidence', 'Evidence');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'inspector-history-dark', 'History');
  await page.emulateMedia({ colorScheme: 'light' });

  // The case's sources in one place.
  await page.getByRole('button', { name: 'Sources of the case…' }).first().click();
  const sources = page.getByRole('dialog', { name: 'Sources of this case' });
  await expect(sources).toContainText(SOURCE);
  await expect(sources).toContainText('cited by 1 claim');
  await shot(page, 'sources');
});
