import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { Company } from "./company.entity";

@ObjectType({ simpleResolvers: true })
export class CompanyConnection extends ConnectionType(Company) {}
