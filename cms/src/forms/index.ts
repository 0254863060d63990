export { formEndpoint } from './formEndpoint.ts'
