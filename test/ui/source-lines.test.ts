import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/schema.ts';
import { sourceLines, sourceTextPath, taskLineRange } from '../../src/ui/source-view/source-lines.ts';

const task = (line: number) => ({ source: { file: 'seeds/a.txt', line } }) as Task;

describe('ui/source-view/source-lines', () => {
  it('sourceTextPath: a path inside data/, or null for none or one that could leave it', () => {
    expect(sourceTextPath({ sourceText: 'sources/a-2021.txt' })).toBe('data/sources/a-2021.txt');
    expect(sourceTextPath({})).toBeNull();
    for (const bad of ['../secret.txt', 'sources/../../x', '%2e%2e/x', '..%2fx', '/etc/passwd', 'http://evil/x', 'a\\b', 'sources/%zz', './x', 'x?y'])
      expect(sourceTextPath({ sourceText: bad }), bad).toBeNull();
  });

  it('taskLineRange: from the task line to the line before the next task, trailing blank lines left out', () => {
    const lines = sourceLines('\uFEFF标题\r\n1. 任务一\r\n续行\r\n\r\n2. 任务二\n末行');
    expect(lines).toEqual(['标题', '1. 任务一', '续行', '', '2. 任务二', '末行']);
    const dataset = { tasks: [task(2), task(5)] };
    expect(taskLineRange(task(2), dataset, lines)).toEqual({ from: 2, to: 3 });
    expect(taskLineRange(task(5), dataset, lines)).toEqual({ from: 5, to: 6 });
  });

  it('taskLineRange: at most 40 lines, and a line past the end is clamped', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `行${i + 1}`);
    expect(taskLineRange(task(10), { tasks: [task(10)] }, lines)).toEqual({ from: 10, to: 49 });
    expect(taskLineRange(task(500), { tasks: [task(500)] }, lines)).toEqual({ from: 100, to: 100 });
  });
});
