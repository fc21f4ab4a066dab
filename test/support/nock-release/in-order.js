// Runs the fixture files in the order of their names (1-..., 2-...), one after another.
const Sequencer = require('@jest/test-sequencer').default;
module.exports = class InOrder extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
};
