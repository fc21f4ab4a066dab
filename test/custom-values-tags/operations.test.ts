import { locationExtraCases } from '../cases/location-extras';
import { runTable } from '../support/table';

runTable('Custom value and tag operations', locationExtraCases);
