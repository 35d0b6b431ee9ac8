import { serviceSelectsNothing } from '../../../src/rules/cross-object/service-selects-nothing';
import { runRule, safeContainer } from '../../support/manifests';
import { app, service } from './fixtures';

const WEB = app('web', { app: 'web', tier: 'front' }, 'team', { containers: [safeContainer('app', { ports: [{ name: 'http', containerPort: 8080 }] })] });

describe('service-selects-nothing', () => {
  test('reports a selector that matches no pod template', () => {
    const findings = runRule(serviceSelectsNothing, [WEB, service('web', { selector: { app: 'web', tier: 'back' }, ports: [{ port: 80 }] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec/selector', message: 'Service "web" selector (app=web, tier=back) matches no workload in namespace "team"' });
  });

  test('passes matching selectors, selector-less and ExternalName Services', () => {
    expect(
      runRule(serviceSelectsNothing, [
        WEB,
        service('web', { selector: { app: 'web' } }),
        service('manual', { ports: [{ port: 5432 }] }),
        service('ext', { type: 'ExternalName', externalName: 'db.example.com', selector: { app: 'x' } }),
      ]),
    ).toEqual([]);
  });

  test('pods in another namespace do not count', () => {
    expect(runRule(serviceSelectsNothing, [WEB, service('web', { selector: { app: 'web' } }, 'other')])).toHaveLength(1);
  });
});
